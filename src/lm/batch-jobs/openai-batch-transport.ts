import OpenAI, { toFile } from "openai";
import { PromptcotError } from "../../core/errors.js";
import { formatBatchInput, parseBatchOutput } from "./batch-files.js";
import type { BatchOutcome, BatchRequestLine } from "./batch-lines.js";
import { groupByUrl, type BatchRunOptions, type BatchRunResult, type BatchTransport } from "./batch-transport.js";

export interface OpenAIBatchTransportOptions {
  /** An `openai` client (its baseURL may be any server speaking the Files + Batches API). */
  client: OpenAI;
  /** Batch completion window. Default "24h" (the only value OpenAI accepts today). */
  completionWindow?: "24h";
  /** Time between polls, in ms. Default 30000. */
  pollIntervalMs?: number;
  /** Metadata attached to each batch (e.g. the run id). */
  metadata?: Record<string, string>;
  /** Endpoints this server accepts in batches. Default chat completions and completions. */
  endpoints?: readonly string[];
}

const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
}

/**
 * Runs lines through the OpenAI Batch API with the `openai` SDK: upload the JSONL with purpose "batch",
 * create one batch per endpoint, poll until it is completed, failed, expired or cancelled, then download
 * the output and error files. Lines of a batch that failed validation get code `batch_failed` (final);
 * lines absent from both files are reported missing (retried by `runBatchJob`).
 *
 * @example
 * const transport = openAIBatchTransport({ client: new OpenAI(), pollIntervalMs: 60_000 });
 */
export function openAIBatchTransport(options: OpenAIBatchTransportOptions): BatchTransport {
  const endpoints = options.endpoints ?? ["/v1/chat/completions", "/v1/completions"];
  const poll = options.pollIntervalMs ?? 30_000;
  const client = options.client;

  async function runOne(url: string, lines: readonly BatchRequestLine[], run: BatchRunOptions): Promise<{ batchId: string; outcomes: Map<string, BatchOutcome> }> {
    const started = Date.now();
    const file = await client.files.create({ file: await toFile(Buffer.from(formatBatchInput(lines)), "promptcot-batch.jsonl", { type: "application/jsonl" }), purpose: "batch" }, { signal: run.signal });
    let batch = await client.batches.create(
      { input_file_id: file.id, endpoint: url as "/v1/chat/completions", completion_window: options.completionWindow ?? "24h", ...(options.metadata ? { metadata: options.metadata } : {}) },
      { signal: run.signal },
    );
    for (;;) {
      const counts = batch.request_counts;
      run.onProgress?.({ batchId: batch.id, status: batch.status, ...(counts ? { done: counts.completed + counts.failed, total: counts.total, failed: counts.failed } : {}), elapsedSeconds: (Date.now() - started) / 1000 });
      if (TERMINAL.has(batch.status)) break;
      await sleep(poll, run.signal);
      batch = await client.batches.retrieve(batch.id, { signal: run.signal });
    }
    const outcomes = new Map<string, BatchOutcome>();
    for (const fileId of [batch.error_file_id, batch.output_file_id]) {
      if (!fileId) continue;
      const text = await (await client.files.content(fileId, { signal: run.signal })).text();
      for (const [k, v] of parseBatchOutput(text, `batch ${batch.id} file ${fileId}`, batch.id)) {
        const prior = outcomes.get(k);
        if (!prior || prior.status === undefined || prior.status >= 300) outcomes.set(k, v);
      }
    }
    if (batch.status === "failed" && outcomes.size === 0) {
      const why = batch.errors?.data?.map((e) => `${e.code ?? "error"}${e.line ? ` (line ${e.line})` : ""}: ${e.message ?? ""}`).join("; ") || "no reason given";
      for (const l of lines) outcomes.set(l.custom_id, { customId: l.custom_id, batchId: batch.id, error: { code: "batch_failed", message: why } });
    }
    return { batchId: batch.id, outcomes };
  }

  return {
    name: "openai-batch",
    supportsUrl: (url) => endpoints.includes(url),
    async run(lines, run = {}): Promise<BatchRunResult> {
      const outcomes = new Map<string, BatchOutcome>();
      const batchIds: string[] = [];
      for (const [url, group] of groupByUrl(lines)) {
        if (!endpoints.includes(url)) {
          throw new PromptcotError(`openai-batch: endpoint ${url} is not accepted in batches here (accepted: ${endpoints.join(", ")})`, { remedy: "run these requests online, or list the endpoint in `endpoints`" });
        }
        const one = await runOne(url, group, run);
        batchIds.push(one.batchId);
        for (const [k, v] of one.outcomes) outcomes.set(k, v);
      }
      return { outcomes, batchIds };
    },
  };
}
