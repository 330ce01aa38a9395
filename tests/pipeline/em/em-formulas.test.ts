import { describe, expect, it } from "vitest";
import { eStepReward, winnerIndexEntropy } from "../../../src/pipeline/em/e-step.js";
import { shouldStop } from "../../../src/pipeline/em/stop-rule.js";
import { jointScoreRequest, promptModelExample, rationaleModelExample, rationaleRequest } from "../../../src/pipeline/em/sequences.js";
import { TAGS, parsePromptModelOutput } from "../../../src/prompts/prompt-model.js";
import type { EmPair } from "../../../src/pipeline/em/types.js";

const pair: EmPair = { pairId: "pair_1", domain: "math", level: "AIME", concepts: ["Vieta's formulas", "Modular arithmetic"], problem: "Find the remainder when 2^100 is divided by 7." };

describe("E-step reward", () => {
  it.each([
    [-10, -20, 1, -30],
    [-10, -20, 0, -20],
    [-10, -20, 0.5, -25],
    [0, -3.5, 1, -3.5],
  ])("log p(z|c)=%d, log p(x|z,c)=%d, β=%d → %d", (z, x, beta, want) => {
    expect(eStepReward(z, x, beta)).toBeCloseTo(want, 12);
  });

  it("defaults to the paper's joint log-likelihood", () => {
    expect(eStepReward(-1, -2)).toBe(-3);
  });
});

describe("winner-index entropy", () => {
  it.each([
    [[0, 1, 2, 3, 4, 5, 6, 7], 8, 3],
    [[0, 0, 0, 0], 8, 0],
    [[0, 1, 0, 1], 8, 1],
    [[], 8, 0],
    [[0, 0, 1, 2], 4, 1.5],
  ])("%j over K=%d → %d bits", (indices, k, bits) => {
    expect(winnerIndexEntropy(indices, k)).toBeCloseTo(bits, 12);
  });
});

describe("stop rule", () => {
  const nll = { metric: "heldoutNll" as const, epsilon: 0.005, minIterations: 2 };
  const reward = { metric: "meanReward" as const, epsilon: 0.01, minIterations: 2 };
  it.each([
    ["one value is never enough", [10], nll, false],
    ["NLL fell 10%", [10, 9], nll, false],
    ["NLL fell 0.1%", [10, 9.99], nll, true],
    ["NLL rose", [10, 10.5], nll, true],
    ["reward rose 50% (negative values)", [-200, -100], reward, false],
    ["reward rose 0.5%", [-200, -199], reward, true],
    ["minIterations not reached", [10, 10], { ...nll, minIterations: 3 }, false],
    ["NaN never stops", [Number.NaN, 10], nll, false],
  ])("%s", (_name, series, rule, want) => {
    expect(shouldStop(series as number[], rule)).toBe(want);
  });
});

describe("sequence layouts", () => {
  it("p's training completion is the tagged rationale then problem, and parses back", () => {
    const ex = promptModelExample(pair, "Step 1: pick a modulus.");
    expect(ex.prompt).toContain("Foundational Concepts:\n1. Vieta's formulas\n2. Modular arithmetic");
    expect(ex.prompt).toContain("Difficulty Level: AIME");
    expect(ex.completion.startsWith(TAGS.rationaleBegin)).toBe(true);
    expect(ex.completion.endsWith(TAGS.problemEnd)).toBe(true);
    const back = parsePromptModelOutput(ex.completion);
    expect(back).toEqual({ ok: true, value: { rationale: "Step 1: pick a modulus.", problem: pair.problem } });
  });

  it("q sees the concepts and the problem, and is trained to write the rationale", () => {
    const ex = rationaleModelExample(pair, "Step 1: pick a modulus.");
    expect(ex.prompt).toContain(pair.problem);
    expect(ex.prompt).toContain("Modular arithmetic");
    expect(ex.completion.trim()).toBe("Step 1: pick a modulus.");
  });

  it("the joint score request has the rationale and problem segments after the generator input", () => {
    const r = jointScoreRequest(pair, "z text");
    expect(r.context).toBe(promptModelExample(pair, "z").prompt);
    expect(r.segments.map((s) => s.text).join("")).toBe(promptModelExample(pair, "z text").completion);
    expect(r.segments).toHaveLength(2);
  });

  it("rationale requests derive a different seed per pair (no correlated samples across pairs)", () => {
    const a = rationaleRequest(pair, { n: 8, temperature: 1, maxTokens: 64, seed: 5 });
    const b = rationaleRequest({ ...pair, pairId: "pair_2" }, { n: 8, temperature: 1, maxTokens: 64, seed: 5 });
    const a2 = rationaleRequest(pair, { n: 8, temperature: 1, maxTokens: 64, seed: 5 });
    expect(a.seed).not.toBe(b.seed);
    expect(a.seed).toBe(a2.seed);
    expect(a.n).toBe(8);
  });
});
