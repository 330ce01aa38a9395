import type { LanguageModel } from "../../src/lm/language-model.js";
import type { GenerateRequest } from "../../src/lm/generate-request.js";
import type { GenerateResult } from "../../src/lm/generate-result.js";
import { renderMathSolvingPrompt } from "../../src/prompts/solving.js";
import { extractAnswer } from "../../src/verify/math/extract-answer.js";
import { gradeAnswer } from "../../src/verify/math/grade.js";
import { wilsonInterval } from "../../src/metrics/wilson-interval.js";
import { quantiles } from "../../src/metrics/summary-stats.js";
import { Rng } from "../../src/core/rng.js";
import type { Run } from "../../src/track/run.js";
import type { CorpusItem } from "../corpora/corpus-spec.js";
import { reasoningText } from "./reasoning-length.js";
import { generateAll } from "./generate-all.js";
import type { DifficultyCorpusRow, DifficultyProblemRow, DifficultyResult } from "./difficulty-types.js";

/** Sampling settings of one role. */
export interface RoleParams {
  temperature?: number;
  topP?: number;
  /** Maximum generated tokens per sample. */
  maxTokens?: number;
}

export interface DifficultyOptions {
  /** The strong model whose final answers are the references and whose reasoning length is measured (paper: GPT-OSS-120B high). */
  reference: LanguageModel;
  /** The model whose zero-shot accuracy against the references is measured (paper: Qwen2.5-72B-Instruct). */
  solver: LanguageModel;
  /** Solver samples per problem (default 1 = the paper's zero-shot accuracy; k > 1 gives per-problem pass rates). */
  k?: number;
  /** Reference sampling (default temperature 0, 4,096 tokens: the paper does not say). */
  referenceParams?: RoleParams;
  /** Solver sampling (default temperature 0 for k = 1, else 0.6; 2,048 tokens). */
  solverParams?: RoleParams;
  /** Send the solving prompt as a chat message (default) or as a raw completion prompt. */
  format?: "chat" | "prompt";
  /** Requests in flight per model (default 8). */
  concurrency?: number;
  /** Seed of the reference requests (default 0). */
  seed?: number;
  /** Seed of the solver requests (default seed + 1). Equal seeds and settings make a model reproduce its own references. */
  solverSeed?: number;
  /** Where to record tables and metrics (`difficulty_problems`, `difficulty_corpora`, `difficulty/<corpus>/…`). */
  run?: Run;
  onProgress?: (stage: "reference" | "solver", done: number, total: number) => void;
}

/**
 * Seeded uniform sample of `perCorpus` items of each corpus (the paper samples 1,000 per dataset), in a stable order.
 *
 * @example sampleCorpusItems(items, 1000, 0).length // ≤ 1000 × corpora
 */
export function sampleCorpusItems(items: readonly CorpusItem[], perCorpus = 1000, seed = 0): CorpusItem[] {
  const byCorpus = new Map<string, CorpusItem[]>();
  for (const item of items) {
    const list = byCorpus.get(item.corpus);
    if (list) list.push(item);
    else byCorpus.set(item.corpus, [item]);
  }
  return [...byCorpus.entries()].flatMap(([name, list]) => (list.length <= perCorpus ? list : new Rng(seed, `difficulty-sample/${name}`).sample(list, perCorpus)));
}

function request(problem: string, id: string, format: "chat" | "prompt", params: RoleParams, n: number, seed: number): GenerateRequest {
  const text = renderMathSolvingPrompt(problem);
  return {
    id,
    ...(format === "chat" ? { messages: [{ role: "user" as const, content: text }] } : { prompt: text }),
    n,
    temperature: params.temperature,
    topP: params.topP,
    maxTokens: params.maxTokens,
    seed,
  };
}

async function collect(model: LanguageModel, requests: GenerateRequest[], concurrency: number, onProgress?: (done: number, total: number) => void): Promise<Map<number, GenerateResult | Error>> {
  const results = await generateAll(model, requests, concurrency, onProgress);
  return new Map(results.map((r, i) => [i, r]));
}

/**
 * The paper's difficulty protocol (§5.9, Table 5) against any models: for every (math) problem, a reference model
 * answers and its reasoning length is counted; then a solver answers k times zero-shot and each answer is graded
 * against the reference answer (`gradeAnswer`). Per corpus: mean pass rate with a Wilson 95% interval (successes =
 * the summed pass rates, trials = problems with a reference), reasoning-token mean and median. Problems without a
 * reference answer are excluded from the accuracy and listed in `dropped` (the paper does not say what it did).
 *
 * @example const r = await measureDifficulty(items, { reference: teacher, solver, k: 4 }); r.corpora[0] // { corpus, accuracy, lower, upper, meanReasoningTokens, … }
 */
export async function measureDifficulty(items: readonly CorpusItem[], options: DifficultyOptions): Promise<DifficultyResult> {
  const k = options.k ?? 1;
  const format = options.format ?? "chat";
  const concurrency = options.concurrency ?? 8;
  const seed = options.seed ?? 0;
  const dropped: DifficultyResult["dropped"] = [];
  const math = items.filter((item) => {
    if (item.domain === "math") return true;
    dropped.push({ corpus: item.corpus, problemId: item.id, reason: "not_math", detail: `domain ${item.domain}: reference answers are final answers, so the protocol is math-only` });
    return false;
  });

  const refParams = { temperature: 0, maxTokens: 4096, ...options.referenceParams };
  const refs = await collect(options.reference, math.map((it, i) => request(it.problem, `ref-${i}`, format, refParams, 1, seed)), concurrency, (d, t) => options.onProgress?.("reference", d, t));
  const reference = math.map((item, i) => {
    const r = refs.get(i);
    if (!r || r instanceof Error || !r.samples[0]) {
      dropped.push({ corpus: item.corpus, problemId: item.id, reason: "reference_failed", detail: r instanceof Error ? r.message : "no sample" });
      return undefined;
    }
    return r.samples[0];
  });
  const reasoning = reference.map((s) => (s ? reasoningText(s.text) : { text: "", closed: false }));
  const reasoningTokens = await options.reference.countTokens(reasoning.map((r) => r.text));
  const responseTokens = await Promise.all(reference.map(async (s) => (s ? (s.outputTokens ?? (await options.reference.countTokens([s.text]))[0]!) : 0)));
  const answers = reference.map((s) => (s ? extractAnswer(s.text) : undefined));

  const solvable = math.map((_, i) => i).filter((i) => answers[i] !== undefined);
  for (const i of math.keys()) if (reference[i] && answers[i] === undefined) dropped.push({ corpus: math[i]!.corpus, problemId: math[i]!.id, reason: "no_reference_answer" });
  const solverParams = { temperature: k === 1 ? 0 : 0.6, maxTokens: 2048, ...options.solverParams };
  const sol = await collect(options.solver, solvable.map((i) => request(math[i]!.problem, `sol-${i}`, format, solverParams, k, options.solverSeed ?? seed + 1)), concurrency, (d, t) => options.onProgress?.("solver", d, t));

  const problems: DifficultyProblemRow[] = [];
  math.forEach((item, i) => {
    if (!reference[i]) return;
    const row: DifficultyProblemRow = {
      corpus: item.corpus,
      problemId: item.id,
      reasoningTokens: reasoningTokens[i]!,
      responseTokens: responseTokens[i]!,
      thinkClosed: reasoning[i]!.closed,
      samples: 0,
      correct: 0,
      passRate: Number.NaN,
      verdicts: {},
    };
    if (answers[i] !== undefined) {
      row.referenceAnswer = answers[i];
      const r = sol.get(solvable.indexOf(i));
      if (!r || r instanceof Error) {
        row.verdicts.request_failed = k;
        dropped.push({ corpus: item.corpus, problemId: item.id, reason: "solver_failed", detail: r instanceof Error ? r.message : undefined });
      } else {
        for (const s of r.samples) {
          const g = gradeAnswer(s.text, answers[i]);
          row.samples++;
          if (g.correct) row.correct++;
          row.verdicts[g.reason] = (row.verdicts[g.reason] ?? 0) + 1;
        }
        row.passRate = row.samples ? row.correct / row.samples : Number.NaN;
      }
    }
    problems.push(row);
  });

  const result: DifficultyResult = { referenceModel: options.reference.modelId, solverModel: options.solver.modelId, k, problems, corpora: summarizeDifficulty(problems), dropped };
  if (options.run) await recordDifficulty(options.run, result);
  return result;
}

/** Per-corpus summary of problem rows (corpora in first-seen order). */
export function summarizeDifficulty(problems: readonly DifficultyProblemRow[]): DifficultyCorpusRow[] {
  const names = [...new Set(problems.map((p) => p.corpus))];
  return names.map((corpus) => {
    const rows = problems.filter((p) => p.corpus === corpus);
    const graded = rows.filter((p) => p.samples > 0);
    const successes = graded.reduce((s, p) => s + p.passRate, 0);
    const ci = wilsonInterval(successes, graded.length);
    const tokens = rows.map((p) => p.reasoningTokens);
    return {
      corpus,
      sampled: rows.length,
      withReference: graded.length,
      accuracy: ci.estimate,
      lower: ci.lower,
      upper: ci.upper,
      meanReasoningTokens: tokens.reduce((s, t) => s + t, 0) / Math.max(1, tokens.length),
      medianReasoningTokens: tokens.length ? quantiles(tokens, [0.5])[0]! : Number.NaN,
      allCorrect: graded.length ? graded.filter((p) => p.correct === p.samples).length / graded.length : Number.NaN,
      allWrong: graded.length ? graded.filter((p) => p.correct === 0).length / graded.length : Number.NaN,
    };
  });
}

/** Writes the problem and corpus tables to the run and logs the per-corpus accuracy and reasoning length. */
export async function recordDifficulty(run: Run, result: DifficultyResult): Promise<void> {
  const tag = { reference_model: result.referenceModel, solver_model: result.solverModel, k: result.k };
  await run.table("difficulty_problems", result.problems.map((p) => ({ ...p, ...tag, verdicts: JSON.stringify(p.verdicts) })));
  await run.table("difficulty_corpora", result.corpora.map((c) => ({ ...c, ...tag })));
  if (result.dropped.length) await run.table("difficulty_dropped", result.dropped);
  const metrics: Record<string, number> = {};
  for (const c of result.corpora) {
    if (Number.isFinite(c.accuracy)) metrics[`difficulty/${c.corpus}/accuracy`] = c.accuracy;
    metrics[`difficulty/${c.corpus}/mean_reasoning_tokens`] = c.meanReasoningTokens;
  }
  await run.log(metrics);
}
