import { writeHtmlReport, type ReportSection } from "../../src/charts/html-report.js";
import { paperTableRecords } from "../../src/datasets/paper-tables.js";
import { distanceHeatmap, mdsChart, noveltyChart } from "../distinctness/distinctness-charts.js";
import { distinctnessRows, type DistinctnessResult } from "../distinctness/distinctness-analysis.js";
import { accuracyChart, reasoningLengthEcdf, reasoningLengthHistogram, passRateHistogram } from "../difficulty/difficulty-charts.js";
import type { DifficultyResult } from "../difficulty/difficulty-types.js";
import { emCurveChart } from "../em/em-curve-chart.js";
import type { EmCurveSummary } from "../em/em-curves.js";
import { difficultyComparisonChart, difficultyVsPaper } from "./paper-comparison.js";

export interface AnalysisReportInput {
  title?: string;
  subtitle?: string;
  /** One result per group (e.g. math and code, as the paper's two MDS plots). */
  distinctness?: readonly DistinctnessResult[];
  difficulty?: DifficultyResult;
  emCurves?: readonly EmCurveSummary[];
  /** Paper tables (1–6) to append as paper-reported data. */
  paperTables?: readonly number[];
  /** Also write every chart as SVG and PNG here. */
  chartsDir?: string;
}

/** The report's sections, in order (usable on their own, e.g. to show in a notebook). */
export function analysisReportSections(input: AnalysisReportInput): ReportSection[] {
  const sections: ReportSection[] = [];
  for (const d of input.distinctness ?? []) {
    const group = d.label;
    sections.push({
      heading: `Distinctness (${group})`,
      text: `Mean embedding per corpus, 1 − cos between means, ${d.mds.method} MDS (Kruskal stress ${d.mds.stress.toFixed(3)}). Embedder: ${d.embedderId}. Items per corpus: ${d.names.map((n, i) => `${n} ${d.sizes[i]}`).join(", ")}.`,
      chart: mdsChart(d),
      chartName: `mds-${group}`,
      table: { rows: distinctnessRows(d) },
    });
    sections.push({ heading: `Centroid distances (${group})`, chart: distanceHeatmap(d), chartName: `distances-${group}` });
    if (d.novelty) {
      sections.push({
        heading: `Nearest-neighbour novelty (${group})`,
        text: `Median 1 − cos from sampled items to the nearest item of any other corpus; share within ε = ${d.novelty.epsilon} counts near copies.`,
        chart: noveltyChart(d),
        chartName: `novelty-${group}`,
      });
    }
  }
  const r = input.difficulty;
  if (r) {
    sections.push({
      heading: "Difficulty",
      text: `Reference model ${r.referenceModel}; solver ${r.solverModel} with k = ${r.k} samples per problem. Accuracy is the mean per-problem pass rate with a Wilson 95% interval. Problems left out: ${r.dropped.length} (${[...new Set(r.dropped.map((d) => d.reason))].join(", ") || "none"}).`,
      chart: accuracyChart(r),
      chartName: "difficulty-accuracy",
      table: { rows: r.corpora },
    });
    sections.push({ heading: "Reasoning length", chart: reasoningLengthHistogram(r), chartName: "reasoning-length-histogram" });
    sections.push({ heading: "Reasoning length (ECDF)", chart: reasoningLengthEcdf(r), chartName: "reasoning-length-ecdf" });
    if (r.k > 1) sections.push({ heading: "Per-problem pass rates", chart: passRateHistogram(r), chartName: "pass-rates" });
    const cmp = difficultyVsPaper(r);
    sections.push({ heading: "Table 5: paper-reported vs measured here", text: "Paper rows copy the paper's numbers; measured rows come from this report's models and data.", chart: difficultyComparisonChart(cmp), chartName: "table5-comparison", table: { rows: cmp } });
  }
  if (input.emCurves?.length) {
    sections.push({ heading: "EM optimisation", text: "Held-out problem NLL per EM iteration: mean over seeds with a ± 1 sd band; dashed lines are the initialisation references.", chart: emCurveChart(input.emCurves), chartName: "em-nll", table: { rows: input.emCurves } });
  }
  for (const n of input.paperTables ?? []) sections.push({ heading: `Paper Table ${n} (paper-reported)`, table: { rows: paperTableRecords(n) } });
  return sections;
}

/**
 * Writes an HTML report of the analyses (charts inlined as SVG with their Vega-Lite specs, tables) and, with
 * `chartsDir`, every chart as SVG and PNG.
 *
 * @example await writeAnalysisReport("runs/x/analysis.html", { distinctness: [math, code], difficulty, chartsDir: "runs/x/charts" })
 */
export async function writeAnalysisReport(file: string, input: AnalysisReportInput): Promise<{ file: string; chartFiles: string[] }> {
  return writeHtmlReport(file, {
    title: input.title ?? "promptcot-lab corpus analysis",
    subtitle: input.subtitle,
    sections: analysisReportSections(input),
    chartsDir: input.chartsDir,
  });
}
