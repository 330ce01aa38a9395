import { describe, expect, it } from "vitest";
import { selfPlayProblemIssue, type PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";

const math = (problem: string, answer: string | undefined, origin?: "synthetic" | "open-source"): PostTrainingProblem => ({ problemId: "p", domain: "math", problem, answer, origin });

describe("selfPlayProblemIssue", () => {
  const cases: Array<[string, PostTrainingProblem, string | undefined]> = [
    ["plain synthetic", math("Find x.", "5"), undefined],
    ["empty answer", math("Find x.", " "), "no_answer"],
    ["missing answer", math("Find x.", undefined), "no_answer"],
    ["trivial 0", math("Find x.", "0"), "trivial_answer"],
    ["trivial 1", math("Find x.", "1"), "trivial_answer"],
    ["open-source keeps 1", math("Find x.", "1", "open-source"), undefined],
    ["none", math("Find x.", "None"), "non_answer"],
    ["no as a word", math("Is it?", "\\text{No}"), "non_answer"],
    ["\\notin is not 'no'", math("Which?", "x \\notin A"), undefined],
    ["North is not 'no'", math("Which way?", "North"), undefined],
    ["prove that", math("Prove that 7 is prime.", "7"), "proof_problem"],
    ["truncated template", math("Find n with the following properties:\nFind", "3"), "truncated_template"],
    ["code without tests", { problemId: "c", domain: "code", problem: "x" }, "no_tests"],
    ["code with tests", { problemId: "c", domain: "code", problem: "x", tests: [{ input: "", output: "1" }] }, undefined],
  ];
  it.each(cases)("%s", (_name, problem, expected) => {
    expect(selfPlayProblemIssue(problem)).toBe(expected);
  });

  it("sees the truncated template in the rendered solving prompt", () => {
    const p = math("Find all n satisfying the following conditions:", "3");
    expect(selfPlayProblemIssue(p)).toBeUndefined();
    expect(selfPlayProblemIssue(p, "Find all n satisfying the following conditions:\nPlease reason step by step, and put your final answer within \\boxed{}.")).toBe("truncated_template");
  });
});
