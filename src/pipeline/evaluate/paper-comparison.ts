import { paperTable, type PaperBenchmark } from "../../datasets/paper-tables.js";
import type { BenchmarkMetrics } from "./benchmark-metrics.js";

/** A paper row to print next to the measurements: table number and row label as printed. */
export interface PaperReference {
  table: number;
  row: string;
  /** Column title; default `T<table> <row>`. */
  title?: string;
}

/** The default references: the 4B base model and PromptCoT 2.0 rows of Tables 1–3. */
export const DEFAULT_PAPER_REFERENCES: readonly PaperReference[] = [
  { table: 1, row: "Qwen3-4B-Thinking-2507 (base)", title: "Qwen3-4B-Thinking (T1)" },
  { table: 1, row: "PromptCoT 2.0", title: "PromptCoT 2.0 4B self-play (T1)" },
  { table: 2, row: "PromptCoT 2.0", title: "PromptCoT 2.0 30B self-play (T2)" },
  { table: 3, row: "PromptCoT 2.0", title: "PromptCoT 2.0 7B SFT (T3)" },
];

/** One measured benchmark for the comparison. */
export interface MeasuredBenchmark {
  name: string;
  paperColumn?: PaperBenchmark;
  note?: string;
  metrics: BenchmarkMetrics;
}

/** One line of the comparison: what we measured and what the paper reports in the same column. */
export interface ComparisonRow {
  benchmark: string;
  paperColumn: string;
  metric: string;
  problems: number;
  /** "measured here": % (×100) or Elo. */
  measured: number;
  /** Standard error of `measured`, same unit. */
  standardError?: number;
  unit: "%" | "Elo";
  /** The Elo is a bound: "low" = at most this (nothing solved), "high" = at least this (everything solved). */
  clamped?: "low" | "high";
  /** Paper-reported value per reference title (undefined where the paper has none). */
  paper: Record<string, number | undefined>;
  note?: string;
}

/**
 * Puts each benchmark's headline metric next to the paper-reported numbers of the same column.
 *
 * @example comparisonRows([{ name: "aime24", paperColumn: "AIME 24", metrics }])[0].paper["PromptCoT 2.0 4B self-play (T1)"] // 87.3
 */
export function comparisonRows(measured: readonly MeasuredBenchmark[], references: readonly PaperReference[] = DEFAULT_PAPER_REFERENCES): ComparisonRow[] {
  return measured.map((m) => {
    const h = m.metrics.headline;
    const unit = h.unit === "Elo" ? "Elo" : "%";
    const scale = unit === "%" ? 100 : 1;
    const paper: Record<string, number | undefined> = {};
    for (const ref of references) {
      const row = paperTable(ref.table).rows.find((r) => r.label === ref.row);
      const v = m.paperColumn && row ? row.cells[m.paperColumn] : undefined;
      // A paper Elo column against a measured pass rate (no ratings) is not comparable: leave it out.
      const comparable = m.paperColumn !== "Codeforces Elo" || unit === "Elo";
      paper[ref.title ?? `T${ref.table} ${ref.row}`] = typeof v === "number" && comparable ? v : undefined;
    }
    const row: ComparisonRow = { benchmark: m.name, paperColumn: m.paperColumn ?? "—", metric: h.metric, problems: h.problems, measured: h.value * scale, unit, paper };
    if (h.standardError !== undefined) row.standardError = h.standardError * scale;
    if (h.clamped) row.clamped = h.clamped;
    if (m.note) row.note = m.note;
    return row;
  });
}

/**
 * The comparison as a fixed-width text table, with the two kinds of number labelled apart:
 * "measured here" (this run) and "paper-reported" (copied from arXiv 2509.19894, never measured here).
 */
export function formatComparison(rows: readonly ComparisonRow[], references: readonly PaperReference[] = DEFAULT_PAPER_REFERENCES): string {
  const titles = references.map((r) => r.title ?? `T${r.table} ${r.row}`);
  const fmt = (v: number | undefined, unit: "%" | "Elo") => (v === undefined ? "–" : unit === "Elo" ? v.toFixed(0) : v.toFixed(1));
  const header = ["benchmark", "paper column", "metric", "n", "measured here", ...titles.map((t) => `paper-reported: ${t}`)];
  const body = rows.map((r) => [
    r.benchmark,
    r.paperColumn,
    r.metric,
    String(r.problems),
    `${r.clamped === "low" ? "≤ " : r.clamped === "high" ? "≥ " : ""}${fmt(r.measured, r.unit)}${r.standardError !== undefined ? ` ± ${fmt(r.standardError, r.unit)}` : ""}${r.unit === "%" ? " %" : " Elo"}`,
    ...titles.map((t) => fmt(r.paper[t], r.unit)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const notes = rows.filter((r) => r.note).map((r) => `  ${r.benchmark}: ${r.note}`);
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    "measured here = this run (± standard error across problems); paper-reported = numbers copied from the paper (arXiv 2509.19894), not measured here.",
    ...(notes.length ? ["notes:", ...notes] : []),
  ].join("\n");
}
