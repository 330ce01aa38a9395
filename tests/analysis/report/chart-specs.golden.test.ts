import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roundSpec, type VegaLiteSpec } from "../../../src/charts/spec.js";
import { analyseDistinctness, mdsChart } from "../../../analysis/distinctness/index.js";
import { emCurveChart, type EmCurveSummary } from "../../../analysis/em/index.js";
import { paperGainsChart } from "../../../analysis/report/index.js";

const goldenDir = join(process.cwd(), "tests/analysis/report/golden");

/** Compares a spec (numbers rounded to 6 digits) with its golden file; on mismatch writes `<name>-changed.json` to diff. */
function expectGolden(name: string, spec: VegaLiteSpec): void {
  const text = `${JSON.stringify(roundSpec(spec), null, 1)}\n`;
  const file = join(goldenDir, `${name}.json`);
  if (!existsSync(file) && process.env.UPDATE_GOLDEN) writeFileSync(file, text);
  const golden = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (golden !== text) writeFileSync(join(goldenDir, `${name}-changed.json`), text);
  expect(text, `spec ${name} differs from ${file} (see ${name}-changed.json; UPDATE_GOLDEN=1 writes missing goldens)`).toBe(golden);
}

describe("chart specs match their golden files", () => {
  it("MDS scatter of three corpora", () => {
    const v = (a: number, b: number) => Float32Array.from([a, b, 0.2]);
    const r = analyseDistinctness({ embedderId: "golden", dims: 3, vectors: { a: [v(1, 0), v(0.9, 0.2)], b: [v(0, 1), v(0.2, 0.9)], c: [v(1, 1), v(0.7, 1)] }, cache: { hits: 0, computed: 0 } }, { label: "math", novelty: false });
    expectGolden("mds-chart", mdsChart(r));
  });

  it("EM figure on a broken axis", () => {
    const row = (curve: EmCurveSummary["curve"], iteration: number, mean: number): EmCurveSummary => ({ curve, label: curve, metric: "heldoutNll", iteration, seeds: 3, mean, sd: 1.5, lower: mean - 1.5, upper: mean + 1.5, min: mean - 2, max: mean + 2 });
    expectGolden("em-curve-chart", emCurveChart([row("full", 0, 100), row("full", 1, 92), row("no-e-step", 0, 100), row("no-e-step", 1, 97), row("init-rationale", 0, 100), row("init-rationale", 1, 100), row("init-no-rationale", 0, 140), row("init-no-rationale", 1, 140)]));
  });

  it("paper Table 2 gains heatmap", () => {
    expectGolden("paper-table-2-gains", paperGainsChart(2));
  });
});
