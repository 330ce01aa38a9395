import { barChart, scatter } from "../../src/charts/builders.js";
import { base, type VegaLiteSpec } from "../../src/charts/spec.js";
import { distanceMatrixRows, distinctnessRows, type DistinctnessResult } from "./distinctness-analysis.js";

/**
 * The paper's MDS figure for one group: one labelled point per corpus, with the embedder and the stress in the
 * subtitle (the paper reports neither; a reader needs both to judge the picture).
 *
 * @example mdsChart(mathResult) // Vega-Lite spec titled "Math corpora: MDS of 1 − cos between mean embeddings"
 */
export function mdsChart(result: DistinctnessResult, options: { title?: string; width?: number; height?: number } = {}): VegaLiteSpec {
  const rows = distinctnessRows(result).map((r) => ({ corpus: r.corpus, x: r.x, y: r.y, items: r.items }));
  const spec = scatter(rows, {
    x: "x",
    y: "y",
    color: "corpus",
    label: "corpus",
    xTitle: "MDS 1",
    yTitle: "MDS 2",
    width: options.width ?? 420,
    height: options.height ?? 320,
  });
  spec.title = {
    text: options.title ?? `${capitalise(result.label)} corpora: MDS of 1 − cos between mean embeddings`,
    subtitle: `${result.mds.method} MDS, Kruskal stress ${result.mds.stress.toFixed(3)}; embedder ${result.embedderId}`,
  };
  return spec;
}

/** Heatmap of the pairwise centroid distances with the values printed in the cells. */
export function distanceHeatmap(result: DistinctnessResult, options: { title?: string } = {}): VegaLiteSpec {
  const rows = distanceMatrixRows(result).map((r) => ({ ...r, label: r.distance.toFixed(3) }));
  const size = Math.max(160, 48 * result.names.length);
  // Light text on the dark upper part of the colour scale.
  const dark = 0.6 * Math.max(...rows.map((r) => r.distance));
  return {
    ...base({ title: options.title ?? `${capitalise(result.label)}: 1 − cos between corpus means`, width: size, height: size }),
    data: { values: rows },
    encoding: { x: { field: "a", type: "nominal", title: null, sort: result.names }, y: { field: "b", type: "nominal", title: null, sort: result.names } },
    layer: [
      { mark: "rect", encoding: { color: { field: "distance", type: "quantitative", scale: { scheme: "blues" }, title: "1 − cos" } } },
      { mark: { type: "text", fontSize: 10 }, encoding: { text: { field: "label" }, color: { condition: { test: `datum.distance > ${dark}`, value: "white" }, value: "black" } } },
    ],
  };
}

/** Bars of each corpus's median nearest-neighbour distance to the other corpora (higher = more novel items). */
export function noveltyChart(result: DistinctnessResult, options: { title?: string } = {}): VegaLiteSpec {
  if (!result.novelty) throw new TypeError("noveltyChart: the result has no novelty (run analyseDistinctness with novelty enabled)");
  const rows = result.novelty.vsOthers.map((v) => ({ corpus: v.name, medianNnDistance: v.medianNnDistance, shareWithinEpsilon: v.shareWithinEpsilon }));
  return barChart(rows, {
    x: "corpus",
    y: "medianNnDistance",
    yTitle: "median 1 − cos to nearest item of another corpus",
    title: options.title ?? `${capitalise(result.label)}: item-level novelty against the other corpora`,
    width: 360,
    height: 220,
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
