import { PAPER_BENCHMARKS, paperTable } from "../../src/datasets/paper-tables.js";
import { base, type VegaLiteSpec } from "../../src/charts/spec.js";

/** One cell of a paper table as a difference to the table's base (untrained) row. */
export interface PaperGainRow {
  source: "paper-reported";
  table: string;
  row: string;
  benchmark: string;
  /** Row value − base row value (percentage points, or Elo points for Codeforces). */
  gain: number;
  unit: string;
}

/**
 * Differences to the starting model for every row × benchmark of a paper table with a base row (Tables 1–4, 6).
 * Table 4 (ablation) has no base row: there the differences are to the full PromptCoT 2.0 row.
 *
 * @example paperGainRows(2).find((r) => r.row === "PromptCoT 2.0" && r.benchmark === "AIME 24")!.gain // 4.4 (≈, float)
 */
export function paperGainRows(number: number): PaperGainRow[] {
  const t = paperTable(number);
  const ref = t.rows.find((r) => r.base) ?? t.rows.find((r) => r.promptcot2);
  if (!ref) throw new RangeError(`paper table ${number} has no base or PromptCoT 2.0 row to compare with`);
  const benchmarks = t.columns.map((c) => c.key).filter((k) => (PAPER_BENCHMARKS as readonly string[]).includes(k));
  return t.rows
    .filter((r) => r !== ref)
    .flatMap((r) =>
      benchmarks.flatMap((b) => {
        const v = r.cells[b];
        const v0 = ref.cells[b];
        if (typeof v !== "number" || typeof v0 !== "number") return [];
        return [{ source: "paper-reported" as const, table: `Table ${t.number}`, row: r.label, benchmark: b, gain: Math.round((v - v0) * 10) / 10, unit: b === "Codeforces Elo" ? "Elo" : "points" }];
      }),
    );
}

/**
 * Heatmap of `paperGainRows`: rows × benchmarks, coloured by the sign and size of the difference (Elo scaled by 1/10
 * for the colour only, so it shares a scale with percentage points); the printed numbers are the paper's.
 */
export function paperGainsChart(number: number, options: { title?: string } = {}): VegaLiteSpec {
  const t = paperTable(number);
  const rows = paperGainRows(number).map((r) => ({ ...r, colour: r.unit === "Elo" ? r.gain / 10 : r.gain, label: `${r.gain > 0 ? "+" : ""}${r.gain}` }));
  const vs = t.rows.some((r) => r.base) ? "the base model" : "the full PromptCoT 2.0";
  const names = [...new Set(rows.map((r) => r.row))];
  return {
    ...base({ title: options.title ?? `Table ${number} (paper-reported): difference to ${vs}`, width: 60 * new Set(rows.map((r) => r.benchmark)).size, height: 26 * names.length }),
    data: { values: rows },
    encoding: { x: { field: "benchmark", type: "nominal", title: null, sort: null }, y: { field: "row", type: "nominal", title: null, sort: names } },
    layer: [
      { mark: "rect", encoding: { color: { field: "colour", type: "quantitative", scale: { scheme: "redblue", domainMid: 0 }, title: "points (Elo / 10)" } } },
      { mark: { type: "text", fontSize: 10 }, encoding: { text: { field: "label" } } },
    ],
  };
}
