import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedModel, renderChatPrompt } from "../../../src/lm/embedded/index.js";
import { renderUnitTestGeneration } from "../../../src/prompts/unit-test-generation.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";
import { runTestgenStage } from "../../../src/pipeline/post-training/index.js";
import { SUM_OK, SUM_PROBLEM, SUM_WRONG, tempDir } from "./fixtures.js";

const writer = (test: string) =>
  EmbeddedModel.fit(Array.from({ length: 4 }, () => ({ prompt: renderChatPrompt(renderUnitTestGeneration(SUM_PROBLEM.problem)), completion: "```json\n" + test + "\n```" })), { seed: 0 });
const solutions = [
  { problemId: SUM_PROBLEM.problemId, solutionId: "ok", code: SUM_OK },
  { problemId: SUM_PROBLEM.problemId, solutionId: "wrong", code: SUM_WRONG },
];

let run: OpenedRun;
beforeAll(async () => {
  run = await openRun({ root: tempDir(), name: "testgen", quiet: true, wandb: false });
});
afterAll(async () => {
  await run?.close();
});

describe("runTestgenStage", () => {
  it("keeps a generated test that a solution confirms and records counts, candidates and agreement", async () => {
    const problem = { ...SUM_PROBLEM, tests: undefined };
    const { problems, agreement } = await runTestgenStage(run, await writer('{"input": "7 5", "output": "12"}'), [problem], {
      generation: { temperature: 0, maxTokens: 40 },
      validation: { solutions, minAgreement: 0.5 },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.tests).toEqual([{ input: "7 5", output: "12", kind: "stdin" }]);
    expect(agreement).toEqual([{ problemId: "code-sum", tests: 1, solutions: 2, solutionsPassingAll: 1, meanAgreement: 0.5, unsupportedTests: 0 }]);
    const counts = await run.store.query<{ tests: number; duplicates: number }>("SELECT tests::INTEGER AS tests, duplicates::INTEGER AS duplicates FROM rt_testgen_problems");
    expect(counts).toEqual([{ tests: 1, duplicates: 3 }]);
    expect(await run.store.query("SELECT * FROM rt_testgen_candidates")).toHaveLength(4);
  });

  it("drops a test that no solution reproduces (a wrong predicted output), with the reason in the drop table", async () => {
    const { problems } = await runTestgenStage(run, await writer('{"input": "7 5", "output": "13"}'), [{ ...SUM_PROBLEM, problemId: "code-sum-2", tests: undefined }], {
      generation: { temperature: 0, maxTokens: 40 },
      validation: { solutions: solutions.map((s) => ({ ...s, problemId: "code-sum-2" })), minAgreement: 0.5 },
    });
    expect(problems).toEqual([]);
    const drops = await run.store.query<{ stage: string; reason: string }>("SELECT stage, reason FROM dropped_rows WHERE stage LIKE 'testgen/agreement%' ORDER BY stage");
    expect(drops).toEqual([
      { stage: "testgen/agreement-problems", reason: "no_supported_test" },
      { stage: "testgen/agreement-tests", reason: "low_agreement" },
    ]);
  });
});
