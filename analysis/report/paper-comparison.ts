import { PAPER_TABLE_5, paperTable, type PaperCell } from "../../src/datasets/paper-tables.js";
import { base, type VegaLiteSpec } from "../../src/charts/spec.js";
import { CORPORA } from "../corpora/corpus-registry.js";
import type { DifficultyResult } from "../difficulty/difficulty-types.js";

/** Where a number comes from: copied from the paper, or measured by this project (with which models and data). */
export type NumberSource = "paper-reported" | "measured here";

/** One row of a paper-vs-measured table: every row says its source. */
export interface ComparisonRow {
  source: NumberSource;
  table: string;
  row: string;
  /** What produced the number (paper: its models; measured: our models, data and sample sizes). */
  setup: string;
  [column: string]: PaperCell | undefined;
}

/** Paper labels of our corpus keys (Table 5 rows). */
function paperLabel(corpus: string): string {
  return CORPORA[corpus]?.label ?? corpus;
}

/**
 * Table 5 (difficulty) as the paper reports it, followed by what we measured, one row per corpus, in percent and
 * tokens. The measured rows name our reference and solver models and the sample size: they reproduce the protocol,
 * not the paper's models, so the numbers are not expected to match.
 *
 * @example difficultyVsPaper(result).map((r) => `${r.source}: ${r.row} ${r["accuracy (%)"]}`)
 */
export function difficultyVsPaper(result?: DifficultyResult): ComparisonRow[] {
  const [accCol, tokCol] = PAPER_TABLE_5.columns.map((c) => c.key);
  const paper: ComparisonRow[] = PAPER_TABLE_5.rows.map((r) => ({
    source: "paper-reported",
    table: "Table 5",
    row: r.label + (r.note ? " †" : ""),
    setup: "Qwen2.5-72B-Instruct zero-shot vs GPT-OSS-120B (high) references, 1,000 prompts",
    "accuracy (%)": r.cells[accCol!] ?? null,
    "reasoning tokens": r.cells[tokCol!] ?? null,
  }));
  if (!result) return paper;
  const measured: ComparisonRow[] = result.corpora.map((c) => ({
    source: "measured here",
    table: "Table 5",
    row: paperLabel(c.corpus),
    setup: `${result.solverModel} (k = ${result.k}) vs ${result.referenceModel} references, ${c.withReference}/${c.sampled} problems with a reference answer`,
    "accuracy (%)": Number.isFinite(c.accuracy) ? round(100 * c.accuracy, 1) : null,
    "95% CI (%)": Number.isFinite(c.accuracy) ? `${round(100 * c.lower, 1)}–${round(100 * c.upper, 1)}` : null,
    "reasoning tokens": round(c.meanReasoningTokens, 1),
  }));
  return [...paper, ...measured];
}

/**
 * Any of the paper's Tables 1–6 as records with `source: "paper-reported"`, optionally followed by measured rows
 * (each must say what produced it in `setup`).
 */
export function paperTableWithMeasured(number: number, measured: readonly { row: string; setup: string; cells: Readonly<Record<string, PaperCell>> }[] = []): ComparisonRow[] {
  const t = paperTable(number);
  const setup = t.startingModel ? `starting model ${t.startingModel}` : t.setting;
  return [
    ...t.rows.map((r) => ({ source: "paper-reported" as const, table: `Table ${t.number}`, row: r.label, setup, ...r.cells })),
    ...measured.map((m): ComparisonRow => ({ source: "measured here", table: `Table ${t.number}`, row: m.row, setup: m.setup, ...m.cells })),
  ];
}

/** Side-by-side bars: paper-reported vs measured accuracy per corpus (two facets, so the scales are not mixed up). */
export function difficultyComparisonChart(rows: readonly ComparisonRow[]): VegaLiteSpec {
  const values = rows.filter((r) => typeof r["accuracy (%)"] === "number").map((r) => ({ source: r.source, corpus: r.row.replace(/ †$/, ""), accuracy: r["accuracy (%)"] as number }));
  return {
    ...base({ title: "Table 5 accuracy: paper-reported vs measured here (lower = harder)", width: 260, height: 200 }),
    width: undefined,
    height: undefined,
    data: { values },
    facet: { column: { field: "source", type: "nominal", title: null, sort: ["paper-reported", "measured here"] } },
    spec: {
      width: 240,
      height: 200,
      mark: "bar",
      encoding: {
        x: { field: "corpus", type: "nominal", title: null, sort: null },
        y: { field: "accuracy", type: "quantitative", title: "accuracy (%)" },
        color: { field: "source", type: "nominal", legend: null },
      },
    },
    resolve: { scale: { x: "independent" } },
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
