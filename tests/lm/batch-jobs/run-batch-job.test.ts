import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateAll, scoreAll } from "../../../src/lm/batch.js";
import { commandBatchTransport, openAIBatchTransport, outputFilesTransport, runBatchJob } from "../../../src/lm/batch-jobs/index.js";
import { cacheMiddleware } from "../../../src/lm/cache/index.js";
import type { GenerateRequest } from "../../../src/lm/generate-request.js";
import { wrapLanguageModel } from "../../../src/lm/middleware.js";
import { recordMiddleware } from "../../../src/lm/middleware/index.js";
import { createOpenAICompatible, type OpenAICompatibleSettings } from "../../../src/lm/openai-compatible/index.js";
import type { RunningServer } from "../../../src/lm/serve/index.js";
import { Store } from "../../../src/store/database.js";
import { startFilesServer, type FilesServer } from "../../helpers/openai-files-server.js";
import { PROMPTS, serveSmallModel, tempDir } from "../serve/test-server.js";

let upstream: RunningServer;
let files: FilesServer;
const faults = new Map<string, "expire" | "drop" | number>();

beforeAll(async () => {
  upstream = (await serveSmallModel()).server;
  files = await startFilesServer({ upstreams: new Map([["tiny", upstream.baseURL]]), lineFault: (id, attempt) => (attempt === 1 ? faults.get(id) : undefined) });
});
afterAll(async () => {
  await files.close();
  await upstream.close();
});

const requests: GenerateRequest[] = [
  ...PROMPTS.map((prompt, i): GenerateRequest => ({ id: `p${i}`, prompt, n: 2, seed: 7, maxTokens: 12 })),
  { id: "chat", messages: [{ role: "user", content: "Concepts: primes\nDifficulty: AIME\n" }], seed: 1, maxTokens: 10 },
  { id: "noseed", prompt: PROMPTS[0]!, n: 3, temperature: 0.7, maxTokens: 8 },
];
const scores = [{ id: "s0", context: PROMPTS[0]!, segments: [{ text: " Rationale: count primes.\n", name: "z" }, { text: "Problem: how many?\n", name: "x" }] }];

async function online(settings: OpenAICompatibleSettings) {
  const store = await Store.open(join(tempDir(), "online.duckdb"));
  const model = wrapLanguageModel(createOpenAICompatible(settings), [cacheMiddleware(store)]);
  const g = await generateAll(model, requests);
  const s = await scoreAll(model, scores);
  await store.close();
  return { g, s };
}

describe("runBatchJob", () => {
  it("round-trips through the Files + Batches API, retries expired and 5xx lines alone, and the stage then runs from the cache", async () => {
    const settings: OpenAICompatibleSettings = { baseURL: upstream.baseURL, model: "tiny", server: "promptcot" };
    const store = await Store.open(join(tempDir(), "batch.duckdb"));
    const cache = cacheMiddleware(store);
    // Two lines fail on their first submission: one expires, one gets HTTP 500.
    const { generateBodies } = await import("../../../src/lm/batch-jobs/index.js");
    const ids = generateBodies(settings, requests[0]!).map((b) => b.line.custom_id);
    faults.set(ids[0]!, "expire");
    faults.set(ids[1]!, 500);
    const rounds: unknown[] = [];
    const client = new OpenAI({ baseURL: files.baseURL, apiKey: "test", maxRetries: 0 });
    const report = await runBatchJob({ settings, cache, transport: openAIBatchTransport({ client, pollIntervalMs: 5 }), generate: requests, score: scores, onRound: (r, s) => rounds.push({ r, ...s }) });
    // 4 prompts × 2 seeded samples + 1 chat + 1 unseeded body with n=3 + 1 score = 11 lines.
    expect(report.lines).toBe(11);
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ generateDone: requests.length, scoreDone: 1, rounds: 2 });
    expect(rounds).toEqual([{ r: 1, submitted: 11, succeeded: 9, retryable: 2, final: 0 }, { r: 2, submitted: 2, succeeded: 2, retryable: 0, final: 0 }]);
    // The second batch held only the two failed lines.
    const second = [...files.batches.values()].at(-1)!;
    expect(files.files.get(String(second.input_file_id))!.content.trim().split("\n").length).toBe(2);
    expect(files.attempts.get(generateBodies(settings, requests[1]!)[0]!.line.custom_id)).toBe(1);
    expect(files.attempts.get(ids[0]!)).toBe(2);

    // The stage now runs "online" through the same cache: no HTTP request, and the same texts and scores as a real online run.
    const rec = recordMiddleware();
    const before = upstream.stats.requests;
    const stage = wrapLanguageModel(createOpenAICompatible(settings), [cache, rec]);
    const g = await generateAll(stage, requests);
    const s = await scoreAll(stage, scores);
    expect(rec.calls.length).toBe(0);
    expect(upstream.stats.requests).toBe(before);
    expect(g.every((r) => r.samples.every((x) => x.cached))).toBe(true);
    const ref = await online(settings);
    expect(g.map((r) => r.samples.map((x) => x.text))).toEqual(ref.g.map((r) => r.samples.map((x) => x.text)));
    expect(s[0]!.total).toBeCloseTo(ref.s[0]!.total, 9);
    expect(s[0]!.segments.map((x) => x.name)).toEqual(["z", "x"]);
    await store.close();
  });

  it("reports final 4xx failures and batches only cache misses", async () => {
    const settings: OpenAICompatibleSettings = { baseURL: upstream.baseURL, model: "tiny", server: "promptcot" };
    const store = await Store.open(join(tempDir(), "batch2.duckdb"));
    const cache = cacheMiddleware(store);
    const half = requests.slice(0, 2);
    await generateAll(wrapLanguageModel(createOpenAICompatible(settings), [cache]), half);
    const { generateBodies } = await import("../../../src/lm/batch-jobs/index.js");
    const bad = generateBodies(settings, { ...requests[2]!, maxTokens: 13 }).map((b) => b.line.custom_id);
    faults.set(bad[0]!, 400);
    const client = new OpenAI({ baseURL: files.baseURL, apiKey: "test", maxRetries: 0 });
    const mine = [...requests.slice(0, 3).map((r) => ({ ...r, maxTokens: r.id === "p2" ? 13 : r.maxTokens }))];
    const report = await runBatchJob({ settings, cache, transport: openAIBatchTransport({ client, pollIntervalMs: 5 }), generate: mine });
    expect(report.lines).toBe(2); // p0 and p1 were cached; p2's two samples are batched
    expect(report.generateDone).toBe(2);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ request: "p2", kind: "generate" });
    expect(report.failures[0]!.message).toMatch(/400/);
    await store.close();
  });

  it("runs a vllm run-batch style command and ingests its output file; the same file ingests again without running anything", async () => {
    const settings: OpenAICompatibleSettings = { baseURL: upstream.baseURL, model: "tiny", server: "promptcot" };
    const store = await Store.open(join(tempDir(), "batch3.duckdb"));
    const cache = cacheMiddleware(store);
    const dir = tempDir("run-batch-");
    const logs: string[] = [];
    const script = join(import.meta.dirname, "fixtures", "fake-run-batch.mjs");
    const transport = commandBatchTransport({ command: [process.execPath, script, "-i", "{input}", "-o", "{output}", "--url", upstream.url], workDir: dir });
    const report = await runBatchJob({ settings, cache, transport, generate: requests.slice(0, 3), onLog: (l) => logs.push(l) });
    expect(report).toMatchObject({ lines: 6, generateDone: 3, failures: [] });
    expect(logs.some((l) => l.includes("Processed 6 requests"))).toBe(true);
    await store.close();

    // Another store, ingest the file the command wrote (as from a GPU node).
    const store2 = await Store.open(join(tempDir(), "batch4.duckdb"));
    const cache2 = cacheMiddleware(store2);
    const r2 = await runBatchJob({ settings, cache: cache2, transport: outputFilesTransport([join(dir, "batch-1-output.jsonl")]), generate: requests.slice(0, 4), maxRounds: 1 });
    expect(r2.generateDone).toBe(3);
    expect(r2.failures.map((f) => f.request)).toEqual(["p3"]);
    expect(r2.failures[0]!.message).toMatch(/missing/);
    await store2.close();
  });
});
