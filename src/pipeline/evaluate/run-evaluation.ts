import { errorMessage } from "../../core/errors.js";
import { contentHash, sha256 } from "../../core/hash.js";
import type { LmWarning } from "../../core/warnings.js";
import { loadBenchmark, type BenchmarkItem } from "../../datasets/benchmarks.js";
import type { GenerateResult } from "../../lm/generate-result.js";
import { cacheMiddleware } from "../../lm/cache/cache-middleware.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import type { Contest } from "../../metrics/codeforces-elo.js";
import type { Run } from "../../track/run.js";
import { judgeMany, type JudgeManyOptions } from "../../verify/code/judge-many.js";
import type { GradeOptions } from "../../verify/math/grade.js";
import { benchmarkMetrics, type BenchmarkMetrics, type ItemOutcome } from "./benchmark-metrics.js";
import type { EvalBenchmark } from "./eval-benchmarks.js";
import { evalRequest, PAPER_DECODING, type EvalDecoding, type PromptFormat } from "./eval-request.js";
import { EVAL_RESULTS, EVAL_VERDICTS, type EvalResultRow, type EvalVerdictRow } from "./eval-tables.js";
import { CODE_GRADER, codeGrade, codeOfSample, gradeMathSample, MATH_GRADER, type SampleGrade } from "./grade-sample.js";

/** What `evaluateModel` needs. */
export interface EvaluateOptions {
  /** Any LanguageModel; the request cache (in the run's store) is put outermost, so a rerun resumes. */
  model: LanguageModel;
  run: Run;
  benchmarks: readonly EvalBenchmark[];
  /** Default: the paper's (T 0.6, top-p 0.95, 81,920 max tokens, seed 0). */
  decoding?: Partial<EvalDecoding>;
  /** Default "auto" (the authors' prompt when the item has one, else chat). */
  promptFormat?: PromptFormat;
  /** Override the samples per problem of every benchmark (default: each benchmark's, the paper's k). */
  samples?: number;
  /** Evaluate only the first `limit` problems of each benchmark. */
  limit?: number;
  /** Generation requests in flight. Default 4. */
  concurrency?: number;
  /** Force whether completions must contain `</think>` (default: when the prompt pre-fills `<think>`). */
  thinkPrefilled?: boolean;
  /** Sandbox options for code (concurrency, limits). */
  judge?: JudgeManyOptions;
  grade?: GradeOptions;
  /** CodeElo contest standings for Codeforces Elo (see loadContests). */
  contests?: readonly Contest[];
  /** Default true; false runs without the request cache (no resume). */
  cache?: boolean;
  /** Called after each graded request with (benchmark, done, total). */
  onProgress?: (benchmark: string, done: number, total: number) => void;
}

/** The outcome of one benchmark. */
export interface BenchmarkReport {
  benchmark: EvalBenchmark;
  metrics: BenchmarkMetrics;
  /** Samples graded now vs verdicts reused from an earlier (killed) run of the same requests. */
  graded: number;
  reusedVerdicts: number;
  /** Requests that failed (their items are left out of the metrics; rerun to finish them). */
  failed: Array<{ itemId: string; message: string }>;
}

export interface EvaluationReport {
  benchmarks: BenchmarkReport[];
  /** Samples from the request cache vs generated now. */
  cache: { reused: number; computed: number };
  warnings: LmWarning[];
}

/**
 * Samples k generations per problem of each benchmark, grades them (math grader / code sandbox, every test must
 * pass), stores one `eval_verdicts` row per sample and one `eval_results` row per metric in the run's store, and
 * logs the metrics to the run (`eval/<benchmark>/<metric>`). Samples go through the request cache in the run's
 * store and verdicts are keyed by (benchmark, item, sample, request, grader), so a rerun after a kill generates
 * and grades only what was missing.
 *
 * @example
 * const run = await openRun({ name: "eval" });
 * const report = await evaluateModel({ model, run, benchmarks: selectBenchmarks("fixture-aime"), decoding: { maxTokens: 256 } });
 * report.benchmarks[0].metrics.headline // { metric: "avg@16", value: …, standardError: …, unit: "fraction", problems: 10 }
 */
export async function evaluateModel(options: EvaluateOptions): Promise<EvaluationReport> {
  const { run } = options;
  const decoding: EvalDecoding = { ...PAPER_DECODING, ...options.decoding };
  const cache = options.cache === false ? undefined : cacheMiddleware(run.store);
  const model = cache ? wrapLanguageModel(options.model, [cache]) : options.model;
  await run.store.ensureTable(EVAL_VERDICTS);
  await run.store.ensureTable(EVAL_RESULTS);
  const warnings: LmWarning[] = [];
  const reports: BenchmarkReport[] = [];
  let reused = 0;
  let computed = 0;
  for (const bench of options.benchmarks) {
    const all = await loadBenchmark(bench.source);
    const items = options.limit === undefined ? all : all.slice(0, options.limit);
    const samples = options.samples ?? bench.samples;
    const grader = bench.kind === "math" ? MATH_GRADER : CODE_GRADER;
    const built = items.map((item) => evalRequest(item, bench.kind, options.promptFormat ?? "auto", decoding, samples, options.thinkPrefilled));
    const requests = built.map((b) => b.request);
    const requestHashes = requests.map((r) => contentHash({ model: options.model.modelId, request: { ...r, id: undefined } }));
    const prior = new Map<string, EvalVerdictRow>();
    for (const row of await run.store.select(EVAL_VERDICTS, "benchmark = $1 AND grader = $2", [bench.name, grader])) prior.set(row.verdict_key, row);
    const outcomes: ItemOutcome[] = items.map((item) => ({ itemId: item.itemId, ...(item.gold !== undefined ? { gold: item.gold } : {}), ...(item.rating !== undefined ? { rating: item.rating } : {}), samples: [] }));
    const report: BenchmarkReport = { benchmark: bench, metrics: undefined as unknown as BenchmarkMetrics, graded: 0, reusedVerdicts: 0, failed: [] };
    const progress = run.progress(`eval ${bench.name}`, items.length);
    const handle = async (index: number, result: GenerateResult): Promise<void> => {
      const item = items[index]!;
      warnings.push(...result.warnings);
      const ordered = [...result.samples].sort((a, b) => a.index - b.index);
      for (const s of ordered) (s.cached ? reused++ : computed++);
      const keyed = ordered.map((s) => {
        const key = contentHash({ benchmark: bench.name, item: item.itemId, sample: s.index, request: requestHashes[index], grader });
        const textSha = sha256(s.text);
        const old = prior.get(key);
        return { sample: s, key, textSha, old: old && old.text_sha256 === textSha ? old : undefined };
      });
      const fresh = keyed.filter((k) => !k.old);
      const grades = await gradeSamples(bench, item, fresh.map((k) => k.sample.text), built[index]!.thinkPrefilled, options);
      const rows: EvalVerdictRow[] = fresh.map((k, i) => verdictRow(run.id, bench.name, item, options.model.modelId, requestHashes[index]!, grader, k, grades[i]!));
      await run.store.insert(EVAL_VERDICTS, rows, { onConflict: "replace" });
      report.graded += rows.length;
      report.reusedVerdicts += keyed.length - fresh.length;
      const byKey = new Map(rows.map((r) => [r.verdict_key, r]));
      outcomes[index]!.samples = keyed.map((k) => {
        const row = k.old ?? byKey.get(k.key)!;
        return row.extracted !== undefined ? { correct: row.correct, extracted: row.extracted } : { correct: row.correct };
      });
    };
    // A small worker pool rather than lm/batch.ts: each worker generates and then grades its item, so sandbox
    // runs overlap with other items' generation. (batch.ts's Settled narrowing also fails under tslab's non-strict compile.)
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < requests.length) {
        const index = next++;
        let result: GenerateResult | undefined;
        try {
          result = await model.doGenerate(requests[index]!);
        } catch (error) {
          report.failed.push({ itemId: items[index]!.itemId, message: errorMessage(error) });
        }
        if (result) await handle(index, result);
        progress.tick(1, { cached: reused, generated: computed });
        options.onProgress?.(bench.name, ++done, items.length);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, requests.length)) }, worker));
    progress.finish();
    const failedIds = new Set(report.failed.map((f) => f.itemId));
    report.metrics = benchmarkMetrics(bench.kind, outcomes.filter((o) => !failedIds.has(o.itemId)), { elo: bench.elo ?? false, contests: options.contests ?? [] });
    await recordMetrics(run, bench, report.metrics, options.model.modelId, { ...decoding, promptFormat: options.promptFormat ?? "auto", samples, limit: options.limit ?? null });
    reports.push(report);
  }
  if (warnings.length) run.warn(dedupe(warnings));
  return { benchmarks: reports, cache: { reused, computed }, warnings: dedupe(warnings) };
}

async function gradeSamples(bench: EvalBenchmark, item: BenchmarkItem, texts: readonly string[], thinkPrefilled: boolean, options: EvaluateOptions): Promise<SampleGrade[]> {
  if (texts.length === 0) return [];
  if (bench.kind === "math") return texts.map((t) => gradeMathSample(t, item.gold, { thinkPrefilled, ...(options.grade ? { grade: options.grade } : {}) }));
  const codes = texts.map((t) => codeOfSample(t, thinkPrefilled));
  const fnName = typeof item.meta.fnName === "string" ? item.meta.fnName : undefined;
  const judged = await judgeMany(
    codes.map((code, i) => ({ id: `${item.itemId}#${i}`, code, tests: item.tests ?? [], ...(fnName ? { fnName } : {}) })),
    { concurrency: 2, ...options.judge },
  );
  return judged.map((j, i) => codeGrade(codes[i], j));
}

function verdictRow(
  runId: string,
  benchmark: string,
  item: BenchmarkItem,
  modelId: string,
  requestHash: string,
  grader: string,
  k: { sample: { index: number; finishReason: { unified: string }; outputTokens?: number; cached?: boolean }; key: string; textSha: string },
  g: SampleGrade,
): EvalVerdictRow {
  const row: EvalVerdictRow = {
    verdict_key: k.key,
    run_id: runId,
    benchmark,
    item_id: item.itemId,
    sample_index: k.sample.index,
    model_id: modelId,
    request_hash: requestHash,
    grader,
    verdict: g.verdict,
    correct: g.correct,
    text_sha256: k.textSha,
    finish_reason: k.sample.finishReason.unified,
    cached: k.sample.cached ?? false,
    graded_at: new Date(),
  };
  if (g.extracted !== undefined) row.extracted = g.extracted;
  if (g.codeHash !== undefined) row.code_hash = g.codeHash;
  if (g.detail !== undefined) row.detail = g.detail.slice(0, 2000);
  if (g.testsPassed !== undefined) row.tests_passed = g.testsPassed;
  if (g.testsTotal !== undefined) row.tests_total = g.testsTotal;
  if (k.sample.outputTokens !== undefined) row.output_tokens = k.sample.outputTokens;
  return row;
}

async function recordMetrics(run: Run, bench: EvalBenchmark, metrics: BenchmarkMetrics, modelId: string, settings: Record<string, unknown>): Promise<void> {
  const now = new Date();
  const rows: EvalResultRow[] = metrics.metrics.map((m) => {
    const row: EvalResultRow = { run_id: run.id, benchmark: bench.name, metric: m.metric, value: m.value, problems: m.problems, samples_per_problem: metrics.samples, model_id: modelId, settings, created_at: now };
    if (m.standardError !== undefined) row.standard_error = m.standardError;
    if (bench.paperColumn) row.paper_column = bench.paperColumn;
    const note = m.metric === "elo" && metrics.elo ? `${metrics.elo.method}: ${metrics.elo.reason}` : bench.note;
    if (note) row.note = note;
    return row;
  });
  await run.store.insert(EVAL_RESULTS, rows, { onConflict: "replace" });
  const logged: Record<string, number> = {};
  for (const m of metrics.metrics) {
    logged[`eval/${bench.name}/${m.metric}`] = m.value;
    if (m.standardError !== undefined) logged[`eval/${bench.name}/${m.metric}_se`] = m.standardError;
  }
  await run.log(logged);
}

function dedupe(warnings: readonly LmWarning[]): LmWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = JSON.stringify(w);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
