import { histogram as histogramChart } from "../../src/charts/builders.js";
import { base, type VegaLiteSpec } from "../../src/charts/spec.js";
import { ecdf } from "../../src/metrics/ecdf.js";
import type { DifficultyResult } from "./difficulty-types.js";

/**
 * Solver accuracy per corpus with Wilson 95% intervals (lower = harder, as in the paper's Table 5).
 *
 * @example accuracyChart(result) // bars with error rules, y in percent
 */
export function accuracyChart(result: DifficultyResult, options: { title?: string } = {}): VegaLiteSpec {
  const rows = result.corpora
    .filter((c) => c.withReference > 0)
    .map((c) => ({ corpus: c.corpus, accuracy: 100 * c.accuracy, lower: 100 * c.lower, upper: 100 * c.upper, n: c.withReference }));
  const x = { field: "corpus", type: "nominal", title: null, sort: null };
  return {
    ...base({ title: options.title ?? `Solver accuracy against reference answers (${result.solverModel} vs ${result.referenceModel}, k = ${result.k})`, width: 360, height: 240 }),
    data: { values: rows },
    layer: [
      { mark: { type: "bar", opacity: 0.8 }, encoding: { x, y: { field: "accuracy", type: "quantitative", title: "accuracy (%), Wilson 95% CI", scale: { domain: [0, 100] } } } },
      { mark: { type: "rule", strokeWidth: 2 }, encoding: { x, y: { field: "lower", type: "quantitative" }, y2: { field: "upper" } } },
    ],
  };
}

/** Histogram of the reference model's reasoning tokens, one colour per corpus. */
export function reasoningLengthHistogram(result: DifficultyResult, options: { title?: string; maxBins?: number } = {}): VegaLiteSpec {
  return histogramChart(
    result.problems.map((p) => ({ corpus: p.corpus, reasoningTokens: p.reasoningTokens })),
    { field: "reasoningTokens", color: "corpus", maxBins: options.maxBins ?? 30, xTitle: "reasoning tokens (reference model)", title: options.title ?? "Reasoning length per corpus", width: 420, height: 220 },
  );
}

/** ECDF of reasoning tokens per corpus (a curve further right = longer reasoning = harder). */
export function reasoningLengthEcdf(result: DifficultyResult, options: { title?: string } = {}): VegaLiteSpec {
  const rows = [...new Set(result.problems.map((p) => p.corpus))].flatMap((corpus) => {
    const f = ecdf(result.problems.filter((p) => p.corpus === corpus).map((p) => p.reasoningTokens));
    return f.x.map((x, i) => ({ corpus, tokens: x, share: f.p[i]! }));
  });
  return {
    ...base({ title: options.title ?? "ECDF of reasoning length", width: 420, height: 220 }),
    data: { values: rows },
    mark: { type: "line", interpolate: "step-after" },
    encoding: {
      x: { field: "tokens", type: "quantitative", title: "reasoning tokens (reference model)" },
      y: { field: "share", type: "quantitative", title: "share of problems ≤ x", scale: { domain: [0, 1] } },
      color: { field: "corpus", type: "nominal" },
    },
  };
}

/** Histogram of per-problem pass rates (k solver samples each), one colour per corpus. */
export function passRateHistogram(result: DifficultyResult, options: { title?: string } = {}): VegaLiteSpec {
  const rows = result.problems.filter((p) => p.samples > 0).map((p) => ({ corpus: p.corpus, passRate: p.passRate }));
  return histogramChart(rows, { field: "passRate", color: "corpus", maxBins: Math.min(20, result.k + 1), xTitle: `per-problem pass rate (k = ${result.k})`, title: options.title ?? "Per-problem pass rates", width: 420, height: 220 });
}
