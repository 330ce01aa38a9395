import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchCommand } from "../../../src/cli/commands/batch.js";
import { generateAll } from "../../../src/lm/batch.js";
import { cacheMiddleware } from "../../../src/lm/cache/index.js";
import { wrapLanguageModel } from "../../../src/lm/middleware.js";
import { recordMiddleware } from "../../../src/lm/middleware/index.js";
import { createOpenAICompatible } from "../../../src/lm/openai-compatible/index.js";
import type { RunningServer } from "../../../src/lm/serve/index.js";
import { Store } from "../../../src/store/database.js";
import { PROMPTS, serveSmallModel, tempDir } from "../serve/test-server.js";

let server: RunningServer;
beforeAll(async () => {
  server = (await serveSmallModel()).server;
});
afterAll(async () => {
  await server.close();
});

describe("promptcot batch", () => {
  it("writes input lines, ingests a run-batch output file into --db, and the stage then needs no request", async () => {
    const dir = tempDir("batch-cli-");
    const config = join(dir, "c.json");
    writeFileSync(config, JSON.stringify({ name: "t", models: { generator: { backend: "openai-compatible", server: "promptcot", model: "tiny", baseURL: "${GEN_URL}" } } }));
    process.env.GEN_URL = server.baseURL;
    const requests = PROMPTS.map((prompt, i) => ({ id: `q${i}`, prompt, seed: i, maxTokens: 8 }));
    writeFileSync(join(dir, "requests.jsonl"), requests.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = join(dir, "batch-input.jsonl");
    expect(await batchCommand.run(["write", "--config", config, "--role", "generator", "--requests", join(dir, "requests.jsonl"), "--out", out])).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { custom_id: string; url: string; body: Record<string, unknown> });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ method: "POST", url: "/v1/completions", body: { model: "tiny", prompt: PROMPTS[0], seed: 0, max_tokens: 8 } });

    // Run the lines "elsewhere" (as vllm run-batch would) and ingest the output file.
    const output = join(dir, "batch-output.jsonl");
    const rows = await Promise.all(lines.map(async (l, i) => {
      const res = await fetch(`${server.url}${l.url}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(l.body) });
      return JSON.stringify({ id: `vllm-${i}`, custom_id: l.custom_id, response: { status_code: res.status, request_id: `r${i}`, body: await res.json() }, error: null });
    }));
    writeFileSync(output, rows.join("\n") + "\n");
    const db = join(dir, "run.duckdb");
    expect(await batchCommand.run(["ingest", "--config", config, "--role", "generator", "--requests", join(dir, "requests.jsonl"), "--db", db, "--output", output])).toBe(0);

    const store = await Store.open(db);
    const rec = recordMiddleware();
    const results = await generateAll(wrapLanguageModel(createOpenAICompatible({ baseURL: server.baseURL, model: "tiny", server: "promptcot" }), [cacheMiddleware(store), rec]), requests);
    expect(rec.calls).toHaveLength(0);
    expect(results.every((r) => r.samples[0]!.cached)).toBe(true);
    await store.close();
  });

  it("refuses a missing action or flag with the usage", async () => {
    await expect(batchCommand.run(["send"])).rejects.toThrow(/expected write, run or ingest[\s\S]*usage: promptcot batch/);
    await expect(batchCommand.run(["ingest", "--config", "c.json", "--role", "g", "--requests", "r.jsonl"])).rejects.toThrow(/--db: required for batch ingest/);
  });
});
