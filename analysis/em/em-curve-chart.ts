import { base, type VegaLiteSpec } from "../../src/charts/spec.js";
import { EM_CURVE_LABELS, type EmCurveSummary } from "./em-curves.js";

export interface EmCurveChartOptions {
  title?: string;
  /**
   * "broken" (default): two stacked panels with their own y ranges when the w/o-rationale reference lies far above
   * the other curves (the paper's broken axis); "log": one panel, log y; "linear": one panel.
   */
  axis?: "broken" | "log" | "linear";
  yTitle?: string;
  width?: number;
}

const COLORS = { domain: Object.values(EM_CURVE_LABELS), range: ["#1f77b4", "#ff7f0e", "#2ca02c", "#7f7f7f"] };

function layers(rows: readonly EmCurveSummary[], y: Record<string, unknown>, xTitle: string, showX: boolean): VegaLiteSpec[] {
  const x = { field: "iteration", type: "quantitative", title: showX ? xTitle : null, axis: showX ? { tickMinStep: 1 } : { labels: false, ticks: false, tickMinStep: 1 } };
  const color = { field: "label", type: "nominal", title: null, scale: COLORS, legend: { labelLimit: 280 } };
  const dash = { condition: { test: "indexof(datum.curve, 'init') === 0", value: [6, 4] }, value: [1, 0] };
  return [
    { transform: [{ filter: "indexof(datum.curve, 'init') !== 0" }], mark: { type: "area", opacity: 0.18 }, encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color } },
    { mark: { type: "line", point: true }, encoding: { x, y: { ...y, field: "mean" }, color, strokeDash: dash } },
  ].map((l) => ({ ...l, data: { values: rows } }));
}

/**
 * The paper's EM figure from our runs: held-out NLL over EM iterations for with/without E-step (mean over seeds,
 * band = ± 1 sd) and the two initialisation references as dashed lines; by default on a broken axis.
 *
 * @example emCurveChart(summarizeEmCurves(await readEmCurves(store))) // vconcat spec (broken axis) or a layered spec
 */
export function emCurveChart(summary: readonly EmCurveSummary[], options: EmCurveChartOptions = {}): VegaLiteSpec {
  const axis = options.axis ?? "broken";
  const yTitle = options.yTitle ?? `held-out NLL of problems (${summary[0]?.metric ?? "nats"})`;
  const xTitle = "EM iteration (0 = after cold start)";
  const width = options.width ?? 460;
  const title = options.title ?? `EM optimisation: ${yTitle}, mean ± sd over ${Math.max(0, ...summary.map((s) => s.seeds))} seeds`;
  const rows = summary.map((s) => ({ ...s, label: s.label }));
  const low = rows.filter((r) => r.curve !== "init-no-rationale");
  const high = rows.filter((r) => r.curve === "init-no-rationale");
  const range = (rs: typeof rows): [number, number] => [Math.min(...rs.map((r) => Math.min(r.lower, r.mean))), Math.max(...rs.map((r) => Math.max(r.upper, r.mean)))];
  if (axis === "broken" && low.length && high.length) {
    const [lo1, hi1] = range(low);
    const [lo2, hi2] = range(high);
    const span = Math.max(hi1 - lo1, 1e-9);
    // Break only when the reference is well separated from the rest; otherwise one panel shows everything.
    if (lo2 - hi1 > span) {
      const pad = (a: number, b: number): [number, number] => [a - 0.1 * Math.max(b - a, 1e-6 * Math.abs(a) + 1e-9), b + 0.1 * Math.max(b - a, 1e-6 * Math.abs(b) + 1e-9)];
      const y = (domain: [number, number], t: string | null) => ({ type: "quantitative", title: t, scale: { domain, zero: false, nice: false } });
      return {
        ...base({ title, width }),
        height: undefined,
        width: undefined,
        vconcat: [
          { width, height: 70, layer: layers(high, y(pad(lo2, hi2), null), xTitle, false) },
          { width, height: 240, layer: layers(low, y(pad(lo1, hi1), yTitle), xTitle, true) },
        ],
        spacing: 6,
        resolve: { scale: { color: "shared" } },
      };
    }
  }
  // Vega-Lite drops (and warns about) `zero` on a log scale.
  const y = { type: "quantitative", title: yTitle, scale: axis === "log" ? { type: "log" } : { type: "linear", zero: false } };
  return { ...base({ title, width, height: 280 }), layer: layers(rows, y, xTitle, true) };
}
