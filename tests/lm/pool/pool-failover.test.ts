import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/lm/batch.js";
import { cacheMiddleware, CACHE_SAMPLES } from "../../../src/lm/cache/index.js";
import type { GenerateRequest } from "../../../src/lm/generate-request.js";
import { wrapLanguageModel } from "../../../src/lm/middleware.js";
import { createOpenAICompatible } from "../../../src/lm/openai-compatible/index.js";
import { createPool, type PoolEvent } from "../../../src/lm/pool/index.js";
import { Store } from "../../../src/store/database.js";
import { PROMPTS, smallModel, tempDir } from "../serve/test-server.js";
import { serveChild } from "./serve-child.js";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

describe("pool failover", () => {
  it("loses nothing when one of two promptcot serve processes is killed mid-run", async () => {
    const a = await serveChild(["--delay-ms", "15"]);
    const b = await serveChild(["--delay-ms", "15"]);
    children.push(a.child, b.child);
    const events: PoolEvent[] = [];
    const pool = createPool({
      endpoints: [a, b].map((s, i) => ({ name: `s${i}`, model: createOpenAICompatible({ baseURL: s.baseURL, model: "tiny", server: "promptcot" }), healthURL: `${s.url}/health`, maxConcurrency: 4 })),
      breaker: { failureThreshold: 2, cooldownMs: 60_000 },
      healthCheck: { intervalMs: 100, timeoutMs: 500 },
      onEvent: (e) => events.push(e),
    });
    const store = await Store.open(join(tempDir(), "pool.duckdb"));
    const model = wrapLanguageModel(pool, [cacheMiddleware(store)]);
    const requests: GenerateRequest[] = Array.from({ length: 48 }, (_, i) => ({ id: `r${i}`, prompt: PROMPTS[i % PROMPTS.length]!, seed: 100 + i, maxTokens: 8 }));
    const texts = new Map<number, string>();
    let done = 0;
    for await (const s of generate(model, requests, { concurrency: 8 })) {
      expect(s.ok, s.ok ? "" : s.message).toBe(true);
      if (s.ok) texts.set(s.index, s.result.samples[0]!.text);
      if (++done === 12) a.child.kill("SIGKILL"); // requests are in flight on both servers now
    }
    pool.close();
    expect(texts.size).toBe(48);
    // Every result was committed to the cache, and is what the model itself generates for that seed.
    const rows = await store.query<{ n: number }>(`SELECT count(*)::INT AS n FROM ${CACHE_SAMPLES.name}`);
    expect(rows[0]!.n).toBe(48);
    const direct = await smallModel();
    for (const i of [0, 13, 31, 47]) expect(texts.get(i)).toBe((await direct.doGenerate(requests[i]!)).samples[0]!.text);
    const [sa, sb] = pool.stats();
    expect(sa!.circuit).toBe("open");
    expect(sa!.succeeded).toBeGreaterThanOrEqual(1);
    expect(sb!.succeeded).toBeGreaterThan(24);
    expect(sa!.succeeded + sb!.succeeded).toBe(48);
    // Requests in flight on the killed server failed there and were answered by the other one.
    expect(sa!.failed).toBeGreaterThanOrEqual(1);
    expect(events.filter((e) => e.type === "failover" && e.endpoint === "s0").length).toBe(sa!.failed);
    await store.close();
  }, 30_000);
});
