import { describe, expect, it } from "vitest";
import { filterTestsByAgreement, solutionsFromTexts, validateUnitTests } from "../../../src/pipeline/post-training/index.js";
import { codeText, SUM_OK, SUM_WRONG } from "./fixtures.js";

describe("validateUnitTests in the real sandbox", () => {
  it("reports per-test agreement of sampled solutions and flags a test no solution passes", async () => {
    const tests = [
      { input: "1 2\n", output: "3\n" },
      { input: "2 2\n", output: "4\n" },
      { input: "5 5\n", output: "11\n" }, // a wrong expected output, as an LLM might predict
    ];
    const solutions = [
      ...solutionsFromTexts("p", [
        { id: "ok1", text: codeText(SUM_OK) },
        { id: "ok2", text: codeText("print(sum(map(int, input().split())))") },
        { id: "wrong", text: codeText(SUM_WRONG) },
        { id: "none", text: "<think>hmm</think> no code" },
      ]),
    ];
    expect(solutions.map((s) => s.code === undefined)).toEqual([false, false, false, true]);
    const v = await validateUnitTests([{ problemId: "p", tests }, { problemId: "lonely", tests: [{ input: "", output: "1\n" }] }], solutions, { concurrency: 2 });
    expect(v.tests.map((t) => [t.problemId, t.testIndex, t.passing, t.solutions])).toEqual([
      ["p", 0, 2, 4],
      ["p", 1, 2, 4],
      ["p", 2, 0, 4],
      ["lonely", 0, 0, 0],
    ]);
    expect(v.tests[0]!.verdicts).toEqual({ pass: 2, wrong_answer: 1, no_answer: 1 });
    expect(v.tests[0]!.agreement).toBeCloseTo(0.5);
    expect(v.problems[0]).toMatchObject({ problemId: "p", tests: 3, solutions: 4, solutionsPassingAll: 0, unsupportedTests: 1 });
    expect(v.problems[0]!.meanAgreement).toBeCloseTo(1 / 3);

    const filtered = filterTestsByAgreement(
      [
        { problemId: "p", tests },
        { problemId: "lonely", tests: [{ input: "", output: "1\n" }] },
      ],
      v,
      0.25,
    );
    expect(filtered.problems.map((p) => [p.problemId, p.tests.length])).toEqual([
      ["p", 2],
      ["lonely", 1],
    ]);
    expect(filtered.testFunnel.dropCounts()).toEqual({ low_agreement: 1 });
    expect(filtered.testFunnel.dropped[0]).toMatchObject({ id: "p#2", detail: "0/4 solutions pass" });

    const strict = filterTestsByAgreement([{ problemId: "p", tests }], v, 0.9);
    expect(strict.problems).toEqual([]);
    expect(strict.problemFunnel.dropCounts()).toEqual({ no_supported_test: 1 });
  });
});
