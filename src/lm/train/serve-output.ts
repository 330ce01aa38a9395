import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { PromptcotError } from "../../core/errors.js";
import type { LanguageModel } from "../language-model.js";
import { createOpenAICompatible } from "../openai-compatible/openai-compatible-model.js";
import type { OpenAICompatibleSettings } from "../openai-compatible/settings.js";

/** A trained model made available for inference, and how to stop serving it. */
export interface ServedModel {
  model: LanguageModel;
  /** Where it is served (for logs and configs). */
  baseURL?: string;
  close(): Promise<void>;
}

/** How a trainer picks up the model it wrote: given the output folder and a version name, serve it. */
export type ServeOutput = (outputDir: string, name: string) => Promise<ServedModel>;

export interface ServeCommandOptions {
  /**
   * The server command; `{output_dir}`, `{port}` and `{name}` are replaced. E.g.
   * `["vllm", "serve", "{output_dir}", "--port", "{port}", "--served-model-name", "{name}"]`.
   */
  command: readonly string[];
  /** Host the server binds to. Default "127.0.0.1". */
  host?: string;
  /** Fixed port; default: a free port picked per launch. */
  port?: number;
  /** Health path polled until it answers 200. Default "/health" (vLLM, SGLang, promptcot serve). */
  healthPath?: string;
  /** Longest wait for the server to become healthy, in ms. Default 600000 (large models load slowly). */
  readyTimeoutMs?: number;
  /** Client settings for the served model (server kind, scoring…); baseURL and model are filled in. */
  settings?: Partial<OpenAICompatibleSettings>;
  env?: Record<string, string>;
  onLog?: (line: string) => void;
}

/** A free TCP port on the host (bound and released; a tiny race we accept for local servers). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, host, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number, tail: string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new PromptcotError(`the model server exited (${child.exitCode ?? child.signalCode}) before it was healthy; last output:\n${tail.join("\n")}`, { remedy: "check the serve command and the output folder" });
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new PromptcotError(`the model server at ${url} was not healthy within ${timeoutMs} ms`, { remedy: "raise readyTimeoutMs, or check the server's log" });
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Serves each trained output with a command (vLLM, SGLang, promptcot serve) and connects an
 * OpenAI-compatible client to it once `GET healthPath` answers 200.
 *
 * @example
 * const serve = serveWithCommand({ command: ["vllm", "serve", "{output_dir}", "--port", "{port}", "--served-model-name", "{name}"], settings: { server: "vllm" } });
 */
export function serveWithCommand(options: ServeCommandOptions): ServeOutput {
  return async (outputDir, name) => {
    const host = options.host ?? "127.0.0.1";
    const port = options.port ?? (await freePort(host));
    const argv = options.command.map((a) => a.replaceAll("{output_dir}", outputDir).replaceAll("{port}", String(port)).replaceAll("{name}", name));
    const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      options.onLog?.(line);
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    child.on("error", (e) => onLine(`spawn error: ${e.message}`));
    const origin = `http://${host}:${port}`;
    try {
      await waitHealthy(`${origin}${options.healthPath ?? "/health"}`, child, options.readyTimeoutMs ?? 600_000, tail);
    } catch (e) {
      child.kill("SIGKILL");
      throw e;
    }
    const baseURL = `${origin}/v1`;
    const model = createOpenAICompatible({ ...options.settings, baseURL, model: name, modelId: options.settings?.modelId ?? name });
    return {
      model,
      baseURL,
      close: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    };
  };
}
