import { describe, expect, it } from "vitest";
import { benchmarkMetrics, type ItemOutcome } from "../../../src/pipeline/evaluate/benchmark-metrics.js";

const item = (id: string, pattern: string, gold?: string, answers?: (string | undefined)[], rating?: number): ItemOutcome => ({
  itemId: id,
  ...(gold !== undefined ? { gold } : {}),
  ...(rating !== undefined ? { rating } : {}),
  samples: [...pattern].map((c, i) => ({ correct: c === "1", ...(answers?.[i] !== undefined ? { extracted: answers[i]! } : {}) })),
});

describe("benchmarkMetrics", () => {
  // Hand-computed: fractions 0.75, 0.25, 0 → mean 1/3; sd = sqrt(((5/12)^2 + (1/12)^2 + (1/3)^2)/2) = sqrt(0.1458333) = 0.381881; se = sd/√3.
  it("avg@k is the mean per-problem fraction with its standard error across problems", () => {
    const m = benchmarkMetrics("math", [item("a", "1101"), item("b", "0100"), item("c", "0000")]);
    expect(m.headline.metric).toBe("avg@4");
    expect(m.headline.value).toBeCloseTo(1 / 3, 12);
    expect(m.headline.standardError).toBeCloseTo(Math.sqrt(0.1458333333333333) / Math.sqrt(3), 10);
    expect(m.samples).toBe(4);
    expect(m.problems).toBe(3);
  });

  it("pass@k is the unbiased estimator (Chen et al. 2021) at k = the smallest sample count", () => {
    const m = benchmarkMetrics("code", [item("a", "1101"), item("b", "0100"), item("c", "0000")]);
    // pass@4 with n = 4 is 1 when any sample passed: (1 + 1 + 0) / 3.
    expect(m.metrics.find((x) => x.metric === "pass@4")?.value).toBeCloseTo(2 / 3, 12);
    const ragged = benchmarkMetrics("code", [item("a", "1100"), item("b", "01")]);
    // k = 2: a: 1 − C(2,2)/C(4,2) = 1 − 1/6; b: 1 − C(1,2)/C(2,2) = 1.
    expect(ragged.metrics.find((x) => x.metric === "pass@2")?.value).toBeCloseTo((5 / 6 + 1) / 2, 12);
  });

  it.each([
    // answers, gold, majority correct?
    [["2", "2", "3"], "2", true],
    [["3", "2", "3"], "2", false],
    [["1/2", "0.5", "7"], "\\frac{1}{2}", true], // clustered by the math grader's equivalence
    [[undefined, undefined, "5"], "5", true],
    [[undefined, undefined, undefined], "5", false],
    [["4", "5", "6"], "5", false], // three-way tie → the first cluster ("4") wins
  ] as const)("maj@k votes %j against gold %s → %s", (answers, gold, correct) => {
    const m = benchmarkMetrics("math", [item("p", "000", gold, [...answers])]);
    expect(m.metrics.find((x) => x.metric === "maj@3")?.value).toBe(correct ? 1 : 0);
  });

  it("code pass@1 with one sample is the fraction of problems whose program passed every test", () => {
    const m = benchmarkMetrics("code", [item("a", "1"), item("b", "0"), item("c", "1"), item("d", "0")]);
    expect(m.headline).toMatchObject({ metric: "pass@1", value: 0.5, unit: "fraction" });
    expect(m.metrics.map((x) => x.metric)).toEqual(["pass@1"]);
  });

  it("Elo becomes the headline when the problems are rated, and is absent (pass@1 stays) when they are not", () => {
    // Symmetric case: 1200 always solved, 1800 never → r with 1/(1+10^(-300/400)) + 1/(1+10^(300/400)) = 1 is 1500.
    const rated = benchmarkMetrics("code", [item("A", "11", undefined, undefined, 1200), item("B", "00", undefined, undefined, 1800)], { elo: true });
    expect(rated.headline.metric).toBe("elo");
    expect(rated.headline.value).toBeCloseTo(1500, 3);
    expect(rated.elo?.method).toBe("problem-rating");
    const unrated = benchmarkMetrics("code", [item("A", "10"), item("B", "00")], { elo: true });
    expect(unrated.headline.metric).toBe("pass@1");
    expect(unrated.elo?.method).toBe("none");
  });

  it("Elo with nothing solved is a bound (clamped low), not an estimate", () => {
    const m = benchmarkMetrics("code", [item("A", "00", undefined, undefined, 800), item("B", "00", undefined, undefined, 1100)], { elo: true });
    expect(m.headline.clamped).toBe("low");
  });

  it("no problems gives zeros instead of throwing", () => {
    expect(benchmarkMetrics("math", []).problems).toBe(0);
  });
});
