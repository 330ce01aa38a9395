import { describe, expect, it } from "vitest";
import { assignRewards, buildDpoPairs, checkTrainingRow, toAuthorsDpoRow, toTrlDpoRow, type PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";
import { MathGraderPool } from "../../../src/verify/math/index.js";
import { codeText, HALF_PROBLEM, mathText, rolloutsOf, SUM_OK, SUM_PROBLEM, SUM_WRONG } from "./fixtures.js";

const mathTexts = [
  mathText("0.5"), // pass
  mathText("\\frac12", "Halve it."), // pass
  mathText("2"),
  mathText("1/3"),
  mathText("2"), // same text as #2: one negative only
  "The answer is \\boxed{0.5}", // passes the grader but has no think block: invalid
  mathText("5").replace("The answer", "答案"), // language filter
  "<think>\nDividing",
];
const codeTexts = [codeText(SUM_OK), codeText(SUM_WRONG), "<think>\nno code\n</think>\nSorry.", codeText("while True: pass")];

describe("assignRewards (real grader and sandbox)", () => {
  it("grades math against the answer and code on every test", async () => {
    const rollouts = [...rolloutsOf("math-half", mathTexts), ...rolloutsOf("code-sum", codeTexts)];
    const rewards = await assignRewards([HALF_PROBLEM, SUM_PROBLEM], rollouts, { code: { concurrency: 2, limits: { wallMs: 1500, cpuMs: 1000 } } });
    expect(rewards.map((r) => r.rolloutId)).toEqual(rollouts.map((r) => r.rolloutId));
    expect(rewards.map((r) => r.reward)).toEqual([1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(rewards.map((r) => r.verdict)).toEqual(["pass", "pass", "wrong_answer", "wrong_answer", "wrong_answer", "pass", "wrong_answer", "no_answer", "pass", "wrong_answer", "no_answer", "time_limit"]);
    expect(rewards[0]!.extracted).toBe("0.5");
  });

  it("gives verdict invalid (no_reference) when a problem has no answer or tests, and uses a grader pool when given", async () => {
    const pool = new MathGraderPool({ workers: 1 });
    try {
      const noAnswer: PostTrainingProblem = { problemId: "q", domain: "math", problem: "?" };
      const rewards = await assignRewards([noAnswer, HALF_PROBLEM], [...rolloutsOf("q", [mathText("1")]), ...rolloutsOf("math-half", [mathText("\\dfrac{2}{4}")]), ...rolloutsOf("ghost", [mathText("1")])], { mathPool: pool });
      expect(rewards.map((r) => [r.verdict, r.reward, r.detail])).toEqual([
        ["invalid", 0, "no_reference"],
        ["pass", 1, undefined],
        ["invalid", 0, "no_reference"],
      ]);
    } finally {
      await pool.close();
    }
  });
});

describe("buildDpoPairs", () => {
  it("filters rollouts, pairs min(#pos, #neg) distinct completions with a seeded shuffle and counts every drop", async () => {
    const rollouts = rolloutsOf("math-half", mathTexts);
    const rewards = await assignRewards([HALF_PROBLEM], rollouts);
    const { pairs, problemFunnel, rolloutFunnel } = buildDpoPairs([HALF_PROBLEM], rollouts, rewards, { seed: 7 });
    // 3 passes of 8 (one invalid) → kept by the paper rule; 2 valid positives, 2 distinct valid negatives.
    expect(pairs).toHaveLength(2);
    expect(new Set(pairs.map((p) => p.chosenRolloutId))).toEqual(new Set(["math-half/r0", "math-half/r1"]));
    expect(new Set(pairs.map((p) => p.rejectedRolloutId))).toEqual(new Set(["math-half/r2", "math-half/r3"]));
    expect(pairs[0]!.passRate).toBeCloseTo(3 / 8);
    expect(pairs[0]!.source).toBe("PromptCoT-Math");
    expect(pairs[0]!.prompt).toBe("What is 1 divided by 2?\nPlease reason step by step, and put your final answer within \\boxed{}.");
    expect(rolloutFunnel.dropCounts()).toEqual({ duplicate_text: 1, no_think_block: 2, language_mismatch: 1 });
    expect(rolloutFunnel.inputCount).toBe(rolloutFunnel.keptCount + rolloutFunnel.dropped.length);
    expect(problemFunnel.keptCount).toBe(1);

    const again = buildDpoPairs([HALF_PROBLEM], rollouts, rewards, { seed: 7 });
    expect(again.pairs).toEqual(pairs);
    const seeds = new Set(Array.from({ length: 12 }, (_, s) => JSON.stringify(buildDpoPairs([HALF_PROBLEM], rollouts, rewards, { seed: s }).pairs.map((p) => [p.chosenRolloutId, p.rejectedRolloutId]))));
    expect(seeds.size).toBeGreaterThan(1);

    expect(buildDpoPairs([HALF_PROBLEM], rollouts, rewards, { maxPairsPerProblem: 1 }).pairs).toHaveLength(1);
  });

  it("applies the pass-rate window: paper drops 4/8, the official code keeps it; never-solved is dropped", async () => {
    const four = [mathText("0.5"), mathText("1/2", "a"), mathText("\\frac{1}{2}", "b"), mathText("0.50", "c"), mathText("1"), mathText("2"), mathText("3"), mathText("4")];
    const rollouts = rolloutsOf("math-half", four);
    const rewards = await assignRewards([HALF_PROBLEM], rollouts);
    expect(rewards.filter((r) => r.reward === 1)).toHaveLength(4);
    const paper = buildDpoPairs([HALF_PROBLEM], rollouts, rewards);
    expect(paper.pairs).toEqual([]);
    expect(paper.problemFunnel.dropped).toEqual([{ stage: "selfplay/problems", id: "math-half", reason: "too_easy", detail: "4/8" }]);
    expect(buildDpoPairs([HALF_PROBLEM], rollouts, rewards, { rule: "code" }).pairs).toHaveLength(4);

    const none = rolloutsOf("math-half", [mathText("7"), mathText("8")]);
    const r0 = await assignRewards([HALF_PROBLEM], none);
    expect(buildDpoPairs([HALF_PROBLEM], none, r0).problemFunnel.dropCounts()).toEqual({ never_solved: 1 });
  });

  it("drops problems by the problem filter and when no valid positive remains", async () => {
    const proof: PostTrainingProblem = { problemId: "proof", domain: "math", problem: "Prove that 3 is odd.", answer: "3" };
    const rollouts = rolloutsOf("math-half", ["\\boxed{0.5}", mathText("3"), mathText("4")]);
    const rewards = await assignRewards([HALF_PROBLEM], rollouts);
    const r = buildDpoPairs([proof, HALF_PROBLEM], rollouts, rewards);
    expect(r.problemFunnel.dropCounts()).toEqual({ proof_problem: 1, no_valid_positive: 1 });
    expect(r.problemFunnel.dropped.find((d) => d.id === "math-half")!.detail).toBe("0+/2-");
  });

  it("pairs code rollouts judged in the sandbox and exports TRL and the authors' formats", async () => {
    const rollouts = rolloutsOf("code-sum", [codeText(SUM_OK), codeText(SUM_WRONG), codeText("print(0)"), codeText("print(1)")]);
    const rewards = await assignRewards([SUM_PROBLEM], rollouts, { code: { concurrency: 2 } });
    const { pairs } = buildDpoPairs([{ ...SUM_PROBLEM, origin: "open-source" }], rollouts, rewards, { seed: 1 });
    expect(pairs).toHaveLength(1);
    const trl = toTrlDpoRow(pairs[0]!);
    expect(checkTrainingRow(trl, "trl-dpo")).toEqual([]);
    expect(trl.chosen[0]!.content).toContain("print(a + b)");
    expect(trl.prompt[0]!.content.startsWith("You will be given a question")).toBe(true);
    const authors = toAuthorsDpoRow(pairs[0]!);
    expect(authors.source).toBe("OpenSource-Code");
    expect(authors.prompt.startsWith("<|im_start|>user\nYou will be given")).toBe(true);
    expect(authors.prompt.endsWith("<|im_end|>\n<|im_start|>assistant")).toBe(true);
    expect(authors.chosen.startsWith("\n<think>\n")).toBe(true);
  });
});
