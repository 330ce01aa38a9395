import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { difficultyVsPaper, paperTableWithMeasured, writeAnalysisReport } from "../../../analysis/report/index.js";
import { analyseDistinctness } from "../../../analysis/distinctness/index.js";
import { summarizeDifficulty, type DifficultyProblemRow, type DifficultyResult } from "../../../analysis/difficulty/index.js";
import { summarizeEmCurves, type EmCurvePoint } from "../../../analysis/em/index.js";
import { PAPER_TABLE_5 } from "../../../src/datasets/paper-tables.js";

const dir = mkdtempSync(join(tmpdir(), "analysis-report-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function difficulty(): DifficultyResult {
  const row = (corpus: string, i: number, correct: number): DifficultyProblemRow => ({ corpus, problemId: `${corpus}-${i}`, referenceAnswer: "1", reasoningTokens: 100 + 10 * i, responseTokens: 150 + 10 * i, thinkClosed: true, samples: 2, correct, passRate: correct / 2, verdicts: { match: correct, mismatch: 2 - correct } });
  const problems = [0, 1, 2, 3].flatMap((i) => [row("openr1-math", i, i % 3), row("promptcot-2.0-sft", i, i === 0 ? 1 : 0)]);
  return { referenceModel: "ref-model", solverModel: "solver-model", k: 2, problems, corpora: summarizeDifficulty(problems), dropped: [{ corpus: "openr1-math", problemId: "x", reason: "no_reference_answer" }] };
}

describe("difficultyVsPaper", () => {
  it("labels every row paper-reported or measured here, with the paper's numbers unchanged", () => {
    const rows = difficultyVsPaper(difficulty());
    expect(rows.filter((r) => r.source === "paper-reported")).toHaveLength(PAPER_TABLE_5.rows.length);
    const pc2 = rows.find((r) => r.source === "paper-reported" && r.row === "PromptCoT 2.0")!;
    expect(pc2["accuracy (%)"]).toBe(18.5);
    expect(pc2["reasoning tokens"]).toBe(37373.3);
    expect(rows.find((r) => r.row === "OpenMathReasoning †")).toBeDefined();
    const measured = rows.filter((r) => r.source === "measured here");
    expect(measured.map((r) => r.row)).toEqual(["OpenR1", "PromptCoT 2.0"]);
    expect(measured[1]!["accuracy (%)"]).toBe(12.5);
    expect(measured[0]!.setup).toContain("solver-model (k = 2) vs ref-model");
  });

  it("paper tables carry measured rows only when given, labelled as such", () => {
    expect(paperTableWithMeasured(4).every((r) => r.source === "paper-reported")).toBe(true);
    const rows = paperTableWithMeasured(4, [{ row: "ours", setup: "embedded LM", cells: { "AIME 24": 0 } }]);
    expect(rows.at(-1)).toMatchObject({ source: "measured here", table: "Table 4", row: "ours", "AIME 24": 0 });
  });
});

describe("writeAnalysisReport", () => {
  it("writes HTML with inline SVG charts and tables, and SVG/PNG exports", async () => {
    const vec = (a: number, b: number) => Float32Array.from([a, b, 0.1]);
    const distinct = analyseDistinctness({ embedderId: "test-embedder", dims: 3, vectors: { a: [vec(1, 0), vec(0.9, 0.1)], b: [vec(0, 1), vec(0.1, 0.9)], c: [vec(1, 1), vec(0.8, 1)] }, cache: { hits: 0, computed: 0 } }, { label: "math" });
    const points: EmCurvePoint[] = [1, 2].flatMap((seed) => [
      { curve: "full" as const, seed, iteration: 0, metric: "heldoutNll", value: 10 },
      { curve: "full" as const, seed, iteration: 1, metric: "heldoutNll", value: 8 + seed },
      { curve: "no-e-step" as const, seed, iteration: 1, metric: "heldoutNll", value: 9 + seed },
      { curve: "init-no-rationale" as const, seed, iteration: 0, metric: "heldoutNll", value: 40 },
    ]);
    const file = join(dir, "report.html");
    const chartsDir = join(dir, "charts");
    const out = await writeAnalysisReport(file, { distinctness: [distinct], difficulty: difficulty(), emCurves: summarizeEmCurves(points), paperTables: [5], chartsDir });
    const html = readFileSync(file, "utf8");
    for (const heading of ["Distinctness (math)", "Difficulty", "Table 5: paper-reported vs measured here", "EM optimisation", "Paper Table 5 (paper-reported)"]) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(8);
    expect(html).toContain("test-embedder");
    expect(html).toContain("measured here");
    for (const name of ["mds-math", "difficulty-accuracy", "em-nll", "table5-comparison"]) {
      const png = join(chartsDir, `${name}.png`);
      expect(out.chartFiles).toContain(png);
      expect(existsSync(png)).toBe(true);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});

describe("paperGainRows", async () => {
  const { paperGainRows, paperGainsChart } = await import("../../../analysis/report/index.js");
  it("reproduces the paper's stated gains of PromptCoT 2.0 over the base model (Tables 1 and 2)", () => {
    const gains = (t: number) => paperGainRows(t).filter((r) => r.row === "PromptCoT 2.0").map((r) => r.gain);
    expect(gains(1)).toEqual([2.1, 3.7, 11, 3.9, 5.9, 82]);
    expect(gains(2)).toEqual([4.4, 4.8, 5.3, 6.1, 5, 35]);
  });
  it("compares Table 4's ablations with the full model (it has no base row)", () => {
    const noEm = paperGainRows(4).filter((r) => r.row.includes("EM")).map((r) => r.gain);
    expect(noEm).toEqual([-3.3, -6.6, -5.2, -8.5, -4.7, -223]);
    expect(paperGainsChart(4).title).toMatch(/full PromptCoT 2.0/);
  });
});
