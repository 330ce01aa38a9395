import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectPath } from "../../../src/core/paths.js";

const ARGS = ["--import", "tsx", "src/cli/main.ts", "start", "--name", "killed", "--domains", "math", "--iterations", "1", "--k", "2", "--concept-sets", "40", "--synthesis-seeds", "4"];

/** Starts `promptcot start` and kills it with SIGKILL once its output shows `marker`. */
function startAndKill(root: string, marker: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ARGS, "--root", root], { cwd: projectPath(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const onData = (d: Buffer) => {
      out += d.toString();
      if (marker.test(out)) child.kill("SIGKILL");
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code, signal) => (signal === "SIGKILL" ? resolve(out) : reject(new Error(`exited ${code} before the kill point:\n${out}`))));
  });
}

describe("npm start after kill -9", () => {
  it("resumes: finished stages and EM iterations are reused and the job completes", async () => {
    const root = mkdtempSync(join(tmpdir(), "start-kill-"));
    try {
      // Killed while synthesizing: cold start, EM and concept sets are committed, some generations cached.
      await startAndKill(root, /synthesize\s+\[[█░]+\]\s+([1-9]\d*)\//);
      const second = spawnSync(process.execPath, [...ARGS, "--root", root], { cwd: projectPath(), encoding: "utf8", timeout: 240_000 });
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout).toMatch(/resumed: cold-start, em \(1 iterations\), concept-sets/);
      expect(second.stdout).toMatch(/after decontamination\s+\d+/);
      // Generations finished before the kill came from the request cache.
      expect(second.stderr).toMatch(/♻️ reused [1-9]\d* samples/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
