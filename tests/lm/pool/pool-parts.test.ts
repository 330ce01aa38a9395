import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAll } from "../../../src/lm/batch.js";
import { createOpenAICompatible } from "../../../src/lm/openai-compatible/index.js";
import { AdaptiveLimit, CircuitBreaker, createPool, RateWindow, type PoolEvent } from "../../../src/lm/pool/index.js";
import type { RunningServer } from "../../../src/lm/serve/index.js";
import { PROMPTS, serveSmallModel } from "../serve/test-server.js";

describe("CircuitBreaker", () => {
  it.each([
    // [events, expected state after them] with threshold 2, cooldown 100; "f@t" failure at t, "s" success, "a@t" tryAcquire at t (result in brackets)
    [["f@0"], "closed"],
    [["f@0", "f@1"], "open"],
    [["f@0", "s", "f@2"], "closed"],
    [["f@0", "f@1", "a@50=false"], "open"],
    [["f@0", "f@1", "a@101=true", "a@102=false"], "half-open"],
    [["f@0", "f@1", "a@101=true", "s"], "closed"],
    [["f@0", "f@1", "a@101=true", "f@103", "a@150=false"], "open"],
  ] as const)("%j → %s", (events, want) => {
    const b = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 });
    for (const ev of events) {
      const [op, rest] = ev.split("@");
      if (op === "s") b.success();
      else if (op === "f") b.failure(Number(rest));
      else {
        const [t, expected] = rest!.split("=");
        expect(b.tryAcquire(Number(t)), ev).toBe(expected === "true");
      }
    }
    expect(b.state).toBe(want);
  });
});

describe("RateWindow", () => {
  it("admits by requests and tokens per minute and says how long to wait", () => {
    const w = new RateWindow(2, 100);
    expect(w.waitMs(0, 40)).toBe(0);
    w.record(0, 40);
    expect(w.waitMs(10, 70)).toBe(59_990); // 40 + 70 > 100 tokens
    expect(w.waitMs(10, 60)).toBe(0);
    w.record(10, 60);
    expect(w.waitMs(20, 0)).toBe(59_980); // 2 requests in the window
    // At 60 s the first request has left the window: 60 + 50 tokens > 100 waits for the second to leave; 60 + 40 fits.
    expect(w.waitMs(60_000, 50)).toBe(10);
    expect(w.waitMs(60_000, 40)).toBe(0);
  });
  it("admits an oversized request alone", () => {
    const w = new RateWindow(undefined, 10);
    expect(w.waitMs(0, 500)).toBe(0);
  });
});

describe("AdaptiveLimit", () => {
  it("halves on overload, backs off, and grows back one slot per window of successes", () => {
    const l = new AdaptiveLimit(8, 100);
    l.overloaded(1000);
    expect([l.current, l.readyAt()]).toEqual([4, 1100]);
    l.overloaded(1000, 5000);
    expect([l.current, l.readyAt()]).toEqual([2, 6000]);
    for (let i = 0; i < 2; i++) l.success();
    expect(l.current).toBe(3);
    for (let i = 0; i < 3 + 4 + 5 + 6 + 7; i++) l.success();
    expect(l.current).toBe(8);
  });
});

describe("PoolModel over promptcot serve", () => {
  let limited: RunningServer;
  let healthy: RunningServer;
  beforeAll(async () => {
    limited = (await serveSmallModel({ faults: "429:retry-after=30" })).server;
    healthy = (await serveSmallModel()).server;
  });
  afterAll(async () => {
    await limited.close();
    await healthy.close();
  });

  it("backs a 429-answering endpoint off (Retry-After) and sends the work to the other", async () => {
    const events: PoolEvent[] = [];
    const pool = createPool({
      endpoints: [limited, healthy].map((s, i) => ({ name: `s${i}`, model: createOpenAICompatible({ baseURL: s.baseURL, model: "tiny", server: "promptcot" }), maxConcurrency: 4 })),
      healthCheck: false,
      onEvent: (e) => events.push(e),
    });
    const requests = Array.from({ length: 12 }, (_, i) => ({ prompt: PROMPTS[i % 4]!, seed: i, maxTokens: 6 }));
    const results = await generateAll(pool, requests, { concurrency: 4 });
    expect(results).toHaveLength(12);
    const [s0, s1] = pool.stats();
    expect(s0!.succeeded).toBe(0);
    expect(s1!.succeeded).toBe(12);
    expect(s0!.limit).toBeLessThan(4);
    expect(s0!.circuit).toBe("closed"); // overload is not a broken server
    expect(events.find((e) => e.type === "overloaded")).toMatchObject({ endpoint: "s0", retryAfterMs: 30_000 });
  });

  it("throws a non-retryable error at once without failing over", async () => {
    const pool = createPool({ endpoints: [healthy, healthy].map((s) => ({ model: createOpenAICompatible({ baseURL: s.baseURL, model: "tiny", server: "promptcot" }) })), healthCheck: false });
    const before = healthy.stats.requests;
    await expect(pool.doGenerate({ prompt: "x", temperature: 5 })).rejects.toThrow(/HTTP 400/);
    expect(healthy.stats.requests - before).toBe(1);
    expect(pool.stats().map((s) => s.failed)).toEqual([0, 0]);
  });

  it("refuses endpoints of different models unless a modelId is given", () => {
    const m = (name: string) => createOpenAICompatible({ baseURL: healthy.baseURL, model: name });
    expect(() => createPool({ endpoints: [{ model: m("a") }, { model: m("b") }] })).toThrow(/different model ids \(a, b\)/);
    expect(createPool({ endpoints: [{ model: m("a") }, { model: m("b") }], modelId: "ab", healthCheck: false }).modelId).toBe("ab");
  });
});

describe("PoolModel rate limits", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = (await serveSmallModel()).server;
  });
  afterAll(async () => {
    await server.close();
  });
  const endpoint = (name: string, extra: { rpm?: number; tpm?: number }) => ({ name, model: createOpenAICompatible({ baseURL: server.baseURL, model: "tiny", server: "promptcot" }), ...extra });

  it("sends no more than an endpoint's RPM to it and the rest elsewhere", async () => {
    const pool = createPool({ endpoints: [endpoint("a", { rpm: 1 }), endpoint("b", {})], healthCheck: false });
    for (let i = 0; i < 5; i++) await pool.doGenerate({ prompt: PROMPTS[0]!, seed: i, maxTokens: 4 });
    expect(pool.stats().map((s) => [s.name, s.succeeded])).toEqual([["a", 1], ["b", 4]]);
  });

  it("counts prompt + max tokens against TPM", async () => {
    // 200 max tokens each: a (TPM 250) takes one request per minute, b the rest.
    const pool = createPool({ endpoints: [endpoint("a", { tpm: 250 }), endpoint("b", {})], healthCheck: false });
    for (let i = 0; i < 3; i++) await pool.doGenerate({ prompt: PROMPTS[1]!, seed: i, maxTokens: 200 });
    expect(pool.stats().map((s) => s.succeeded)).toEqual([1, 2]);
  });
});
