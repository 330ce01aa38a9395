import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolCommand } from "../../../src/cli/commands/pool.js";
import type { RunningServer } from "../../../src/lm/serve/index.js";
import { serveSmallModel, tempDir } from "../serve/test-server.js";
import { freePort } from "../../../src/lm/train/index.js";

let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  a = (await serveSmallModel()).server;
  b = (await serveSmallModel()).server;
});
afterAll(async () => {
  await a.close();
  await b.close();
});

function config(endpoints: string[]): string {
  const file = join(tempDir("pool-cli-"), "c.json");
  writeFileSync(file, JSON.stringify({ name: "t", models: { generator: { backend: "openai-compatible", server: "promptcot", model: "tiny", endpoints } } }));
  return file;
}

describe("promptcot pool", () => {
  it("exits 0 when every endpoint is healthy and spreads probes over both", async () => {
    const posts = (s: RunningServer) => s.stats.byPath["/v1/completions"] ?? 0;
    const before = [posts(a), posts(b)];
    expect(await poolCommand.run(["--config", config([a.baseURL, b.baseURL]), "--probe", "6"])).toBe(0);
    expect(posts(a) - before[0]! + posts(b) - before[1]!).toBe(6);
    expect(posts(a) - before[0]!).toBeGreaterThan(0);
    expect(posts(b) - before[1]!).toBeGreaterThan(0);
  });
  it("exits 1 when an endpoint is down, and the probes still succeed on the other", async () => {
    const dead = `http://127.0.0.1:${await freePort()}/v1`;
    const before = a.stats.byPath["/v1/completions"] ?? 0;
    expect(await poolCommand.run(["--config", config([a.baseURL, dead]), "--probe", "4"])).toBe(1);
    expect((a.stats.byPath["/v1/completions"] ?? 0) - before).toBe(4);
  });
});
