import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PromptcotError } from "../../core/errors.js";
import { formatBatchInput, readBatchOutputFile } from "./batch-files.js";
import type { BatchOutcome } from "./batch-lines.js";
import type { BatchRunResult, BatchTransport } from "./batch-transport.js";

export interface CommandBatchTransportOptions {
  /**
   * The command and its arguments; `{input}` and `{output}` are replaced by the file paths. Default:
   * `vllm run-batch -i {input} -o {output} --model <model>` (give `model` then).
   */
  command?: readonly string[];
  /** Model for the default vLLM command. */
  model?: string;
  /** Folder for the input and output files (default: a new temp folder per run). */
  workDir?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** API paths the command accepts. Default chat completions and completions. */
  endpoints?: readonly string[];
}

/**
 * Runs lines with an external batch engine such as `vllm run-batch`: writes the input JSONL, starts the
 * command, streams its output lines to `onLog`, and reads the output file it wrote (vLLM's output lines
 * are the OpenAI format: `{id, custom_id, response: {status_code, request_id, body}, error}`).
 *
 * @example
 * commandBatchTransport({ model: "Qwen/Qwen2.5-7B-Instruct" }) // vllm run-batch -i … -o … --model Qwen/…
 */
export function commandBatchTransport(options: CommandBatchTransportOptions): BatchTransport {
  const endpoints = options.endpoints ?? ["/v1/chat/completions", "/v1/completions"];
  const template = options.command ?? ["vllm", "run-batch", "-i", "{input}", "-o", "{output}", ...(options.model ? ["--model", options.model] : [])];
  if (!options.command && !options.model) throw new PromptcotError("commandBatchTransport: give `command` or `model`", { remedy: "e.g. { model: 'Qwen/Qwen2.5-7B-Instruct' } for vllm run-batch" });
  let round = 0;
  return {
    name: `command:${template[0]}`,
    supportsUrl: (url) => endpoints.includes(url),
    async run(lines, run = {}): Promise<BatchRunResult> {
      const dir = options.workDir ?? (await mkdtemp(join(tmpdir(), "promptcot-batch-")));
      round++;
      const input = join(dir, `batch-${round}-input.jsonl`);
      const output = join(dir, `batch-${round}-output.jsonl`);
      await writeFile(input, formatBatchInput(lines));
      const argv = template.map((a) => a.replaceAll("{input}", input).replaceAll("{output}", output));
      const started = Date.now();
      const tail: string[] = [];
      const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], signal: run.signal });
      const onLine = (line: string): void => {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        run.onLog?.(line);
        run.onProgress?.({ batchId: input, status: "running", total: lines.length, elapsedSeconds: (Date.now() - started) / 1000 });
      };
      createInterface({ input: child.stdout! }).on("line", onLine);
      createInterface({ input: child.stderr! }).on("line", onLine);
      const code = await new Promise<number | null>((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (c) => resolve(c));
      });
      if (code !== 0) {
        throw new PromptcotError(`${argv.join(" ")} exited with code ${code}; last output:\n${tail.join("\n")}`, { remedy: "check the engine's log above; the input file is kept at " + input });
      }
      const outcomes: Map<string, BatchOutcome> = await readBatchOutputFile(output, input);
      run.onProgress?.({ batchId: input, status: "completed", done: outcomes.size, total: lines.length, elapsedSeconds: (Date.now() - started) / 1000 });
      return { outcomes, batchIds: [input] };
    },
  };
}
