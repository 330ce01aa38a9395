import { errorMessage } from "../../core/errors.js";
import type { CacheMiddleware } from "../cache/cache-middleware.js";
import type { GenerateRequest } from "../generate-request.js";
import { wrapLanguageModel } from "../middleware.js";
import type { OpenAICompatibleSettings } from "../openai-compatible/settings.js";
import type { ScoreRequest } from "../score-request.js";
import { mergeOutcomes } from "./batch-files.js";
import { isRetryableOutcome, isSuccessfulOutcome, type BatchOutcome, type BatchRequestLine } from "./batch-lines.js";
import { collectingModel, DeferredToBatchError, replayModel } from "./batch-replay-model.js";
import type { BatchRunOptions, BatchTransport } from "./batch-transport.js";

export interface BatchJobOptions extends BatchRunOptions {
  /** Settings of the online backend the stage would use: bodies and the cache's model id come from them. */
  settings: OpenAICompatibleSettings;
  /** The stage's request cache: only its misses are batched, and every result is committed through it. */
  cache: CacheMiddleware;
  /** Where the lines run. */
  transport: BatchTransport;
  generate?: readonly GenerateRequest[];
  score?: readonly ScoreRequest[];
  /** Batches submitted at most (the first plus retries of expired/failed lines alone). Default 3. */
  maxRounds?: number;
  /** Called after each round with what is still pending. */
  onRound?: (round: number, summary: { submitted: number; succeeded: number; retryable: number; final: number }) => void;
}

/** One request that could not be ingested, with the reason. */
export interface BatchFailure {
  /** The caller's request id, or `#index` in its list. */
  request: string;
  kind: "generate" | "score";
  message: string;
}

export interface BatchJobReport {
  /** Distinct batch lines the cache misses needed. */
  lines: number;
  /** Batches submitted (rounds × endpoints). */
  batchIds: string[];
  rounds: number;
  /** Requests now fully answered from the cache (including those that already were). */
  generateDone: number;
  scoreDone: number;
  /** Requests left without a result (final errors, or still failing after maxRounds). */
  failures: BatchFailure[];
}

/**
 * Runs a stage's requests as batches and ingests the results into the request cache, so the stage then
 * runs online through the same cache and finds everything answered.
 *  1. the requests go through `cache → collecting model`: the lines are exactly the bodies the online
 *     backend would send for the samples and scores not cached yet (identical bodies share one line);
 *  2. the transport runs them; lines that expired, went missing or got 408/409/429/5xx go into a new
 *     batch alone, up to `maxRounds`; 4xx answers are final;
 *  3. the requests go through `cache → replay model`, which parses each stored response as the online
 *     backend would and commits it through the cache.
 *
 * @example
 * const report = await runBatchJob({ settings, cache, transport: openAIBatchTransport({ client }), generate: requests });
 * report.failures.length // 0
 * await generateAll(wrapLanguageModel(createOpenAICompatible(settings), [cache]), requests); // all from the cache
 */
export async function runBatchJob(options: BatchJobOptions): Promise<BatchJobReport> {
  const generate = options.generate ?? [];
  const score = options.score ?? [];
  const lines = new Map<string, BatchRequestLine>();
  const collector = wrapLanguageModel(collectingModel(options.settings, lines), [options.cache]);
  const swallow = (e: unknown): void => {
    if (!(e instanceof DeferredToBatchError)) throw e;
  };
  for (const r of generate) await collector.doGenerate(r).then(() => undefined, swallow);
  for (const r of score) await collector.doScore(r).then(() => undefined, swallow);

  let outcomes = new Map<string, BatchOutcome>();
  const batchIds: string[] = [];
  // Lines the engine cannot run (vLLM run-batch without completions, OpenAI without echo) fail up front, by name.
  for (const line of lines.values()) {
    if (!options.transport.supportsUrl(line.url)) outcomes.set(line.custom_id, { customId: line.custom_id, error: { code: "unsupported_endpoint", message: `${options.transport.name} does not run ${line.url} requests` } });
  }
  let pending = [...lines.values()].filter((l) => !outcomes.has(l.custom_id));
  let rounds = 0;
  const maxRounds = options.maxRounds ?? 3;
  while (pending.length > 0 && rounds < maxRounds) {
    if (options.signal?.aborted) break;
    rounds++;
    const run = await options.transport.run(pending, options);
    batchIds.push(...run.batchIds);
    outcomes = mergeOutcomes(outcomes, run.outcomes);
    const retry: BatchRequestLine[] = [];
    let succeeded = 0;
    let final = 0;
    for (const line of pending) {
      const o = outcomes.get(line.custom_id) ?? { customId: line.custom_id, error: { code: "missing", message: "not in the output or error file" } };
      if (!outcomes.has(line.custom_id)) outcomes.set(line.custom_id, o);
      if (isSuccessfulOutcome(o)) succeeded++;
      else if (isRetryableOutcome(o)) retry.push(line);
      else final++;
    }
    options.onRound?.(rounds, { submitted: pending.length, succeeded, retryable: retry.length, final });
    pending = retry;
  }

  const replay = wrapLanguageModel(replayModel(options.settings, outcomes), [options.cache]);
  const failures: BatchFailure[] = [];
  let generateDone = 0;
  let scoreDone = 0;
  for (const [i, r] of generate.entries()) {
    try {
      await replay.doGenerate(r);
      generateDone++;
    } catch (e) {
      failures.push({ request: r.id ?? `#${i}`, kind: "generate", message: errorMessage(e) });
    }
  }
  for (const [i, r] of score.entries()) {
    try {
      await replay.doScore(r);
      scoreDone++;
    } catch (e) {
      failures.push({ request: r.id ?? `#${i}`, kind: "score", message: errorMessage(e) });
    }
  }
  await options.cache.flush();
  return { lines: lines.size, batchIds, rounds, generateDone, scoreDone, failures };
}
