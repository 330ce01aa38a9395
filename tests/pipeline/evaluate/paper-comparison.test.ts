import { describe, expect, it } from "vitest";
import { benchmarkMetrics } from "../../../src/pipeline/evaluate/benchmark-metrics.js";
import { comparisonRows, formatComparison } from "../../../src/pipeline/evaluate/paper-comparison.js";

const math = benchmarkMetrics("math", [{ itemId: "a", samples: [{ correct: true }, { correct: false }] }, { itemId: "b", samples: [{ correct: true }, { correct: true }] }]);
const unratedCode = benchmarkMetrics("code", [{ itemId: "a", samples: [{ correct: true }] }], { elo: true });
const ratedCode = benchmarkMetrics("code", [{ itemId: "A", rating: 1200, samples: [{ correct: true }] }, { itemId: "B", rating: 1800, samples: [{ correct: false }] }], { elo: true });

describe("comparisonRows", () => {
  it("puts the measured headline (×100 for rates) next to the paper-reported values of the same column", () => {
    const [row] = comparisonRows([{ name: "aime24", paperColumn: "AIME 24", metrics: math }]);
    expect(row!.measured).toBeCloseTo(75, 10);
    expect(row!.standardError).toBeCloseTo(25, 10); // fractions 0.5, 1 → sd 0.35355 / √2 = 0.25
    expect(row!.paper).toEqual({
      "Qwen3-4B-Thinking (T1)": 85.2,
      "PromptCoT 2.0 4B self-play (T1)": 87.3,
      "PromptCoT 2.0 30B self-play (T2)": 92.1,
      "PromptCoT 2.0 7B SFT (T3)": 73.1,
    });
  });

  it("leaves the paper's Elo out when only a pass rate was measured, and keeps it for a measured Elo", () => {
    const [unrated, rated] = comparisonRows([
      { name: "cf", paperColumn: "Codeforces Elo", metrics: unratedCode },
      { name: "cf-rated", paperColumn: "Codeforces Elo", metrics: ratedCode },
    ]);
    expect(unrated!.unit).toBe("%");
    expect(Object.values(unrated!.paper).every((v) => v === undefined)).toBe(true);
    expect(rated!.unit).toBe("Elo");
    expect(rated!.measured).toBeCloseTo(1500, 3);
    expect(rated!.paper["PromptCoT 2.0 30B self-play (T2)"]).toBe(2079);
  });

  it("a benchmark without a paper column has no paper values", () => {
    const [row] = comparisonRows([{ name: "mine", metrics: math }], [{ table: 1, row: "PromptCoT 2.0" }]);
    expect(row!.paper).toEqual({ "T1 PromptCoT 2.0": undefined });
    expect(row!.paperColumn).toBe("—");
  });
});

describe("formatComparison", () => {
  it("labels measured and paper-reported numbers apart and prints notes", () => {
    const text = formatComparison(comparisonRows([{ name: "aime24", paperColumn: "AIME 24", note: "fixture, not AIME", metrics: math }]));
    const [header, , line] = text.split("\n");
    expect(header).toContain("measured here");
    expect(header).toContain("paper-reported: PromptCoT 2.0 4B self-play (T1)");
    expect(line).toMatch(/^aime24\s+AIME 24\s+avg@2\s+2\s+75\.0 ± 25\.0 %\s+85\.2\s+87\.3\s+92\.1\s+73\.1$/);
    expect(text).toContain("aime24: fixture, not AIME");
  });
});
