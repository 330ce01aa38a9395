import type { Store } from "../../src/store/database.js";
import { quoteLiteral } from "../../src/store/table-spec.js";
import { mean, sampleSd } from "../../src/metrics/summary-stats.js";

/** The four curves of the paper's EM figure. */
export type EmCurve = "full" | "no-e-step" | "init-rationale" | "init-no-rationale";

/** One logged value of one curve for one seed. */
export interface EmCurvePoint {
  curve: EmCurve;
  seed: number;
  iteration: number;
  metric: string;
  value: number;
}

/** Mean and band over seeds at one iteration of one curve. */
export interface EmCurveSummary {
  curve: EmCurve;
  /** Display name used in charts (the paper's legend). */
  label: string;
  metric: string;
  iteration: number;
  seeds: number;
  mean: number;
  /** Sample standard deviation over seeds (0 with one seed). */
  sd: number;
  /** Band drawn around the mean: mean ± sd (the paper does not define its band). */
  lower: number;
  upper: number;
  min: number;
  max: number;
}

export const EM_CURVE_LABELS: Readonly<Record<EmCurve, string>> = {
  full: "With E-step",
  "no-e-step": "Without E-step",
  "init-rationale": "Initialization (with rationale)",
  "init-no-rationale": "Initialization (w/o rationale)",
};

/**
 * Reads the EM-curve metrics that `runEmCurves` (or any `runEmLoop` with logPrefix `<prefix>/<variant>/seed-<s>`)
 * logged into a run store. When a key was logged more than once at a step (a rerun), the last one inserted wins (the metrics table is append-only, so rowid orders inserts).
 *
 * @example await readEmCurves(run.store, { metric: "heldoutNll" }) // [{ curve: "full", seed: 1, iteration: 0, value: 212.4, … }, …]
 */
export async function readEmCurves(store: Store, options: { prefix?: string; metric?: string; runId?: string } = {}): Promise<EmCurvePoint[]> {
  const prefix = options.prefix ?? "em-curves";
  const metric = options.metric ?? "heldoutNll";
  const pattern = `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(full|no-e-step|init-rationale|init-no-rationale)/seed-(-?[0-9]+)/${metric}$`;
  const rows = await store.query<{ curve: EmCurve; seed: string; iteration: number; value: number }>(
    `SELECT regexp_extract(key, ${quoteLiteral(pattern)}, 1) AS curve, regexp_extract(key, ${quoteLiteral(pattern)}, 2) AS seed,
            step AS iteration, arg_max(value, rowid) AS value
       FROM metrics WHERE regexp_matches(key, ${quoteLiteral(pattern)})${options.runId ? ` AND run_id = ${quoteLiteral(options.runId)}` : ""}
      GROUP BY ALL ORDER BY curve, seed, iteration`,
  );
  return rows.map((r) => ({ curve: r.curve, seed: Number(r.seed), iteration: r.iteration, metric, value: r.value }));
}

/**
 * Mean and band over seeds per (curve, iteration). The flat initialisation references are extended across every
 * iteration the EM curves cover, so they draw as horizontal lines.
 *
 * @example summarizeEmCurves(points).filter((s) => s.curve === "full") // one row per iteration
 */
export function summarizeEmCurves(points: readonly EmCurvePoint[]): EmCurveSummary[] {
  const iterations = [...new Set(points.filter((p) => p.curve === "full" || p.curve === "no-e-step").map((p) => p.iteration))].sort((a, b) => a - b);
  const groups = new Map<string, EmCurvePoint[]>();
  for (const p of points) {
    const flat = p.curve === "init-rationale" || p.curve === "init-no-rationale";
    for (const it of flat && iterations.length ? iterations : [p.iteration]) {
      const k = `${p.curve}\u0000${it}`;
      const list = groups.get(k);
      const point = { ...p, iteration: it };
      if (list) list.push(point);
      else groups.set(k, [point]);
    }
  }
  const out: EmCurveSummary[] = [];
  for (const list of groups.values()) {
    const values = list.map((p) => p.value);
    const m = mean(values);
    const sd = values.length > 1 ? sampleSd(values) : 0;
    const first = list[0]!;
    out.push({ curve: first.curve, label: EM_CURVE_LABELS[first.curve], metric: first.metric, iteration: first.iteration, seeds: values.length, mean: m, sd, lower: m - sd, upper: m + sd, min: Math.min(...values), max: Math.max(...values) });
  }
  const order: EmCurve[] = ["full", "no-e-step", "init-rationale", "init-no-rationale"];
  return out.sort((a, b) => order.indexOf(a.curve) - order.indexOf(b.curve) || a.iteration - b.iteration);
}
