import type { LanguageModel } from "../../lm/language-model.js";
import type { JudgeManyOptions } from "../../verify/code/judge-many.js";
import type { Run } from "../../track/run.js";
import { generateUnitTests, type GenerateTestsOptions } from "./generate-tests.js";
import { recordStage } from "./record-stage.js";
import { sampleRollouts, type RolloutOptions } from "./rollouts.js";
import type { PostTrainingProblem } from "./types.js";
import { filterTestsByAgreement, solutionsFromTexts, validateUnitTests, type CandidateSolution, type ProblemTestReport } from "./validate-tests.js";

/** Options of `runTestgenStage`. */
export interface TestgenStageOptions {
  generation?: GenerateTestsOptions;
  /**
   * Cross-check the tests: against given solutions, or against `k` solutions sampled from `solver`.
   * Omit to skip (the authors' behaviour).
   */
  validation?: {
    solutions?: readonly CandidateSolution[];
    solver?: LanguageModel;
    sampling?: RolloutOptions;
    /** Drop tests whose agreement is below this (default: report only). */
    minAgreement?: number;
    judge?: JudgeManyOptions;
  };
}

/** What `runTestgenStage` returns. */
export interface TestgenStageReport {
  /** Code problems with their (validated) tests. */
  problems: PostTrainingProblem[];
  /** Per-problem agreement reports (when validated). */
  agreement: ProblemTestReport[];
}

/**
 * The `testgen` stage in a run: generate tests for code problems, optionally validate them against
 * sampled solutions, and store `testgen_candidates`, `testgen_problems` (per-problem counts and
 * rejection reasons), `test_agreement` and `test_agreement_problems`, with funnels and drops.
 *
 * @example const { problems } = await runTestgenStage(run, testWriter, codeProblems, { validation: { solver, sampling: { k: 4 } } });
 */
export async function runTestgenStage(run: Run, model: LanguageModel, problems: readonly PostTrainingProblem[], options: TestgenStageOptions = {}): Promise<TestgenStageReport> {
  const code = problems.filter((p) => p.domain === "code");
  const gen = await generateUnitTests(model, code, options.generation);
  await recordStage(run, "testgen_candidates", gen.candidates, [gen.candidateFunnel]);
  await recordStage(
    run,
    "testgen_problems",
    gen.problems.map((g) => ({ problemId: g.problemId, tests: g.tests.length, calls: g.calls, parsed: g.parsed, duplicates: g.duplicates, rejections: JSON.stringify(g.rejections) })),
    [gen.funnel],
  );
  const byId = new Map(code.map((p) => [p.problemId, p]));
  let out: PostTrainingProblem[] = gen.problems.map((g) => ({ ...byId.get(g.problemId)!, tests: g.tests }));
  let agreement: ProblemTestReport[] = [];
  const v = options.validation;
  if (v && (v.solutions || v.solver)) {
    let solutions = v.solutions ? [...v.solutions] : [];
    if (v.solver) {
      const { rollouts, funnel } = await sampleRollouts(v.solver, out, { k: 4, ...v.sampling });
      await recordStage(run, "testgen_solutions", rollouts, [funnel]);
      for (const p of out) solutions.push(...solutionsFromTexts(p.problemId, rollouts.filter((r) => r.problemId === p.problemId).map((r) => ({ id: r.rolloutId, text: r.text }))));
    }
    const validation = await validateUnitTests(out as Array<PostTrainingProblem & { tests: NonNullable<PostTrainingProblem["tests"]> }>, solutions, v.judge);
    await run.table("test_agreement", validation.tests.map((t) => ({ ...t, verdicts: JSON.stringify(t.verdicts) })));
    await run.table("test_agreement_problems", validation.problems);
    agreement = validation.problems;
    if (v.minAgreement !== undefined) {
      const filtered = filterTestsByAgreement(out as Array<PostTrainingProblem & { tests: NonNullable<PostTrainingProblem["tests"]> }>, validation, v.minAgreement);
      await recordStage(run, "testgen_agreement_kept", [], [filtered.testFunnel, filtered.problemFunnel]);
      out = filtered.problems;
    }
  }
  await run.log({ testgen_problems: code.length, testgen_kept: out.length, testgen_tests: out.reduce((s, p) => s + (p.tests?.length ?? 0), 0) });
  return { problems: out, agreement };
}
