import { avgAtK } from "../../metrics/avg-at-k.js";
import type { Contest } from "../../metrics/codeforces-elo.js";
import { majorityAtK } from "../../metrics/majority-at-k.js";
import { meanPassAtK } from "../../metrics/pass-at-k.js";
import { answersEquivalent } from "../../verify/math/answers-equivalent.js";
import { codeforcesRating, type CodeforcesRating } from "./codeforces-rating.js";
import type { EvalKind } from "./eval-benchmarks.js";

/** The graded samples of one problem. */
export interface ItemOutcome {
  itemId: string;
  /** Math gold answer (for majority voting). */
  gold?: string;
  /** Codeforces problem rating, when the benchmark has one. */
  rating?: number;
  /** One entry per sample, in sample-index order. */
  samples: ReadonlyArray<{ correct: boolean; extracted?: string }>;
}

/** One metric value; fractions in [0, 1] (shown ×100 as %) or Elo points. */
export interface MetricValue {
  /** "avg@16", "pass@1", "pass@8", "maj@16", "elo". */
  metric: string;
  value: number;
  /** Standard error across problems (sd / √problems); absent for Elo. */
  standardError?: number;
  unit: "fraction" | "Elo";
  problems: number;
  /** Elo by problem ratings hit its search range (nothing or everything solved): a bound, not an estimate. */
  clamped?: "low" | "high";
}

/** Every metric of one benchmark, and the one that goes in the paper's column. */
export interface BenchmarkMetrics {
  kind: EvalKind;
  /** Samples per problem (k). */
  samples: number;
  problems: number;
  metrics: MetricValue[];
  /** The paper's metric for this benchmark: avg@k for math, pass@1 for LCB, Elo for Codeforces when it can be rated. */
  headline: MetricValue;
  /** Codeforces rating (when the benchmark is rated), with its method and assumptions. */
  elo?: CodeforcesRating;
}

/**
 * The paper's metrics over graded samples (reference/paper.md §3.1):
 * - math: avg@k = mean pass@1 over k samples (with the standard error across problems), unbiased pass@k,
 *   and maj@k (majority vote over extracted answers, clustered with the math grader's equivalence);
 * - code: pass@1 with a sample correct only when it passes every test (averaged over the k samples), pass@k for k > 1;
 * - `elo`: the Codeforces rating (CodeElo contests when given, else the problem-rating approximation).
 *
 * @example benchmarkMetrics("math", [{ itemId: "1", gold: "2", samples: [{ correct: true, extracted: "2" }, { correct: false, extracted: "3" }] }]).headline // { metric: "avg@2", value: 0.5, standardError: 0, unit: "fraction", problems: 1 }
 */
export function benchmarkMetrics(kind: EvalKind, items: readonly ItemOutcome[], options: { elo?: boolean; contests?: readonly Contest[] } = {}): BenchmarkMetrics {
  const withSamples = items.filter((i) => i.samples.length > 0);
  const k = Math.max(0, ...withSamples.map((i) => i.samples.length));
  const problems = withSamples.length;
  if (problems === 0) {
    const empty: MetricValue = { metric: kind === "math" ? "avg@0" : "pass@1", value: 0, standardError: 0, unit: "fraction", problems: 0 };
    return { kind, samples: 0, problems: 0, metrics: [empty], headline: empty };
  }
  const outcomes = withSamples.map((i) => i.samples.map((s) => s.correct));
  const avg = avgAtK(outcomes);
  const metrics: MetricValue[] = [];
  const mean: MetricValue = { metric: kind === "math" ? `avg@${k}` : "pass@1", value: avg.value, standardError: avg.standardErrorAcrossProblems, unit: "fraction", problems };
  metrics.push(mean);
  if (k > 1) {
    // pass@k needs the same n per problem for "k"; with ragged counts use each problem's own n (k = its minimum).
    const kk = Math.min(...outcomes.map((o) => o.length));
    const pk = meanPassAtK(outcomes.map((o) => ({ n: o.length, correct: o.filter(Boolean).length })), kk);
    metrics.push({ metric: `pass@${kk}`, value: pk.value, standardError: pk.standardError, unit: "fraction", problems });
  }
  if (kind === "math" && k > 1) {
    const voting = withSamples.filter((i) => i.gold !== undefined);
    if (voting.length > 0) {
      const maj = majorityAtK(
        voting.map((i) => ({ answers: i.samples.map((s) => s.extracted ?? null), gold: i.gold! })),
        (a, b) => answersEquivalent(a, b),
      );
      metrics.push({ metric: `maj@${k}`, value: maj.value, unit: "fraction", problems: voting.length });
    }
  }
  let headline = mean;
  let elo: CodeforcesRating | undefined;
  if (options.elo) {
    elo = codeforcesRating(
      withSamples.map((i) => ({ itemId: i.itemId, ...(i.rating !== undefined ? { rating: i.rating } : {}), passed: i.samples.map((s) => s.correct) })),
      options.contests ?? [],
    );
    if (elo.rating !== undefined) {
      headline = { metric: "elo", value: elo.rating, unit: "Elo", problems: elo.problems, ...(elo.clamped ? { clamped: elo.clamped } : {}) };
      metrics.push(headline);
    }
  }
  const out: BenchmarkMetrics = { kind, samples: k, problems, metrics, headline };
  if (elo) out.elo = elo;
  return out;
}
