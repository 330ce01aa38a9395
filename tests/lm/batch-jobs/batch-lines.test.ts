import { describe, expect, it } from "vitest";
import { batchCustomId, isRetryableOutcome, parseBatchOutput, parseBatchOutputLine, type BatchOutcome } from "../../../src/lm/batch-jobs/index.js";

const at = { file: "out.jsonl", line: 3 };

describe("parseBatchOutputLine", () => {
  it.each([
    ["OpenAI success", { id: "b1", custom_id: "a", response: { status_code: 200, request_id: "r", body: { choices: [] } }, error: null }, { status: 200, error: undefined, retry: false }],
    ["OpenAI expired", { id: "b1", custom_id: "a", response: null, error: { code: "batch_expired", message: "expired" } }, { status: undefined, error: "batch_expired", retry: true }],
    ["HTTP 500 with error body", { custom_id: "a", response: { status_code: 500, body: { error: { message: "boom", code: null } } }, error: null }, { status: 500, error: "500", retry: true }],
    ["HTTP 400 is final", { custom_id: "a", response: { status_code: 400, body: { error: { message: "bad", code: "invalid" } } }, error: null }, { status: 400, error: "invalid", retry: false }],
    ["vLLM string error", { id: "vllm-1", custom_id: "a", response: { status_code: 400, request_id: "x", body: null }, error: "model not found" }, { status: 400, error: "400", retry: false }],
    ["vLLM 200 without body", { custom_id: "a", response: { status_code: 200, body: null }, error: null }, { status: 502, error: "empty_body", retry: true }],
    ["cancelled is final", { custom_id: "a", response: null, error: { code: "batch_cancelled", message: "cancelled" } }, { status: undefined, error: "batch_cancelled", retry: false }],
  ])("%s", (_name, line, want) => {
    const o: BatchOutcome = parseBatchOutputLine(line, at);
    expect(o.status).toBe(want.status);
    expect(o.error?.code).toBe(want.error);
    expect(isRetryableOutcome(o)).toBe(want.retry);
  });

  it.each([
    [{ response: null }, /out\.jsonl:3 \(field custom_id\)/],
    [{ custom_id: "a", response: { status_code: "200" } }, /field response\.status_code/],
    [[1, 2], /expected an object/],
  ])("rejects %j naming file:line and field", (line, pattern) => {
    expect(() => parseBatchOutputLine(line, at)).toThrow(pattern);
  });
});

describe("parseBatchOutput", () => {
  it("keeps the success when a custom id appears as failure and success", () => {
    const text = [
      JSON.stringify({ custom_id: "a", response: { status_code: 500, body: { error: { message: "x" } } }, error: null }),
      JSON.stringify({ custom_id: "a", response: { status_code: 200, body: { ok: 1 } }, error: null }),
      JSON.stringify({ custom_id: "b", response: { status_code: 200, body: { ok: 2 } }, error: null }),
      JSON.stringify({ custom_id: "b", response: { status_code: 500, body: { error: { message: "x" } } }, error: null }),
    ].join("\n");
    const m = parseBatchOutput(text, "t.jsonl", "batch-1");
    expect(m.get("a")).toMatchObject({ status: 200, batchId: "batch-1" });
    expect(m.get("b")).toMatchObject({ status: 200 });
  });

  it("names the line of a malformed row", () => {
    expect(() => parseBatchOutput(`${JSON.stringify({ custom_id: "a", response: null, error: null })}\n{oops`, "t.jsonl")).toThrow(/t\.jsonl:2/);
  });
});

describe("batchCustomId", () => {
  it("depends on url and body content, not key order", () => {
    expect(batchCustomId("/v1/completions", { a: 1, b: 2 })).toBe(batchCustomId("/v1/completions", { b: 2, a: 1 }));
    expect(batchCustomId("/v1/completions", { a: 1 })).not.toBe(batchCustomId("/v1/chat/completions", { a: 1 }));
  });
});

describe("runBatchJob with a transport that cannot run an endpoint", () => {
  it("reports those requests as failures without submitting them", async () => {
    const { join } = await import("node:path");
    const { Store } = await import("../../../src/store/database.js");
    const { cacheMiddleware } = await import("../../../src/lm/cache/index.js");
    const { runBatchJob } = await import("../../../src/lm/batch-jobs/index.js");
    const { tempDir } = await import("../serve/test-server.js");
    const store = await Store.open(join(tempDir(), "u.duckdb"));
    const submitted: string[] = [];
    const transport = {
      name: "chat-only",
      supportsUrl: (url: string) => url === "/v1/chat/completions",
      async run(lines: readonly { custom_id: string; url: string }[]) {
        submitted.push(...lines.map((l) => l.url));
        return { outcomes: new Map(), batchIds: ["b"] };
      },
    };
    const report = await runBatchJob({ settings: { baseURL: "http://127.0.0.1:9/v1", model: "m" }, cache: cacheMiddleware(store), transport, generate: [{ id: "a", prompt: "x", seed: 1 }], score: [{ id: "s", context: "c", segments: [{ text: "z" }] }], maxRounds: 1 });
    expect(submitted).toEqual([]);
    expect(report.failures.map((f) => [f.request, /unsupported_endpoint/.test(f.message)])).toEqual([["a", true], ["s", true]]);
    await store.close();
  });
});
