import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { smallModel, tempDir } from "../serve/test-server.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let modelFile: Promise<string> | undefined;

/** The small test model saved to a temp file once per test file. */
export function smallModelFile(): Promise<string> {
  modelFile ??= smallModel().then(async (m) => {
    const f = join(tempDir("pool-model-"), "tiny.eplm");
    await m.save(f);
    return f;
  });
  return modelFile;
}

/** `promptcot serve` as a real child process (so it can be killed with SIGKILL). */
export async function serveChild(extra: string[] = []): Promise<{ child: ChildProcess; url: string; baseURL: string }> {
  const file = await smallModelFile();
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/lm/serve/main.ts"), "--model", file, "--port", "0", "--name", "tiny", "--quiet", ...extra], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const baseURL = await new Promise<string>((resolve, reject) => {
    child.once("exit", (c) => reject(new Error(`serve exited with ${c}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = /listening on (\S+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  return { child, baseURL, url: baseURL.replace(/\/v1$/, "") };
}
