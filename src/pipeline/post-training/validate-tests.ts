import type { TestCase, VerdictKind } from "../../core/rows.js";
import { extractCode } from "../../verify/code/extract-code.js";
import { judgeMany, type JudgeItem, type JudgeManyOptions } from "../../verify/code/judge-many.js";
import { Funnel } from "./funnel.js";

/** A program that claims to solve a problem: a sampled solution or a reference. */
export interface CandidateSolution {
  problemId: string;
  solutionId: string;
  /** The program, or undefined when none could be extracted (counts as failing every test). */
  code: string | undefined;
}

/** How the sampled solutions fared on one test. */
export interface TestAgreement {
  problemId: string;
  /** 0-based index in the problem's test list. */
  testIndex: number;
  /** Solutions run on it. */
  solutions: number;
  /** Solutions whose output matched the test's expected output. */
  passing: number;
  /** passing / solutions (0 when there were no solutions). */
  agreement: number;
  /** Verdicts over the solutions, by kind. */
  verdicts: Partial<Record<VerdictKind, number>>;
}

/** Per-problem summary of test validation. */
export interface ProblemTestReport {
  problemId: string;
  tests: number;
  solutions: number;
  /** Solutions that pass every test (the authors' reward would be 1 for these). */
  solutionsPassingAll: number;
  /** Mean of the tests' agreement. */
  meanAgreement: number;
  /** Tests that no solution passes: likely a wrong expected output (or a hard problem). */
  unsupportedTests: number;
}

/** Result of `validateUnitTests`. */
export interface TestValidation {
  tests: TestAgreement[];
  problems: ProblemTestReport[];
}

/** Solutions from rollout texts: the last python fence after `</think>` (undefined when there is none). */
export function solutionsFromTexts(problemId: string, texts: readonly { id: string; text: string }[]): CandidateSolution[] {
  return texts.map((t) => ({ problemId, solutionId: t.id, code: extractCode(t.text) }));
}

/**
 * Cross-checks generated tests — whose expected outputs the LLM predicted and nobody ran (official
 * code §3) — by running every solution on every test in the sandbox. A test that many independent
 * solutions pass is likely right; one no solution passes is suspect. Solutions without code are
 * counted as failing (verdict `no_answer`).
 *
 * @example
 * const v = await validateUnitTests([{ problemId: "p", tests: [{ input: "1 2\n", output: "3\n" }] }],
 *   [{ problemId: "p", solutionId: "s1", code: "print(sum(map(int, input().split())))" }]);
 * v.tests[0] // { problemId: "p", testIndex: 0, solutions: 1, passing: 1, agreement: 1, verdicts: { pass: 1 } }
 */
export async function validateUnitTests(
  problems: readonly { problemId: string; tests: readonly TestCase[]; fnName?: string }[],
  solutions: readonly CandidateSolution[],
  options: JudgeManyOptions = {},
): Promise<TestValidation> {
  const byProblem = new Map<string, CandidateSolution[]>();
  for (const s of solutions) {
    const list = byProblem.get(s.problemId);
    if (list) list.push(s);
    else byProblem.set(s.problemId, [s]);
  }
  const items: JudgeItem[] = [];
  const owners: Array<{ problem: number }> = [];
  problems.forEach((p, pi) => {
    for (const s of byProblem.get(p.problemId) ?? []) {
      items.push({ id: s.solutionId, code: s.code, tests: p.tests, fnName: p.fnName });
      owners.push({ problem: pi });
    }
  });
  const judged = await judgeMany(items, { ...options, stopOnFirstFailure: false });
  const tests: TestAgreement[] = problems.flatMap((p) => p.tests.map((_, testIndex) => ({ problemId: p.problemId, testIndex, solutions: 0, passing: 0, agreement: 0, verdicts: {} })));
  const offsets: number[] = [];
  problems.reduce((acc, p, i) => ((offsets[i] = acc), acc + p.tests.length), 0);
  const passingAll = new Array<number>(problems.length).fill(0);
  judged.forEach((j, k) => {
    const pi = owners[k]!.problem;
    const n = problems[pi]!.tests.length;
    if (j.passed) passingAll[pi]!++;
    for (let t = 0; t < n; t++) {
      const row = tests[offsets[pi]! + t]!;
      // A program with no code never ran: each test gets that item's verdict.
      const verdict: VerdictKind = j.tests.find((x) => x.index === t)?.verdict ?? j.verdict;
      row.solutions++;
      if (verdict === "pass") row.passing++;
      row.verdicts[verdict] = (row.verdicts[verdict] ?? 0) + 1;
    }
  });
  for (const row of tests) row.agreement = row.solutions ? row.passing / row.solutions : 0;
  const reports: ProblemTestReport[] = problems.map((p, pi) => {
    const mine = tests.slice(offsets[pi]!, offsets[pi]! + p.tests.length);
    return {
      problemId: p.problemId,
      tests: p.tests.length,
      solutions: byProblem.get(p.problemId)?.length ?? 0,
      solutionsPassingAll: passingAll[pi]!,
      meanAgreement: mine.length ? mine.reduce((s, r) => s + r.agreement, 0) / mine.length : 0,
      unsupportedTests: mine.filter((r) => r.solutions > 0 && r.passing === 0).length,
    };
  });
  return { tests, problems: reports };
}

/**
 * Keeps the tests whose agreement is at least `minAgreement` (tests of problems with no solutions are
 * kept: nothing contradicts them); a problem left with no test is dropped (`no_supported_test`).
 * Dropped tests are counted with reason `low_agreement`.
 */
export function filterTestsByAgreement<P extends { problemId: string; tests: TestCase[] }>(
  problems: readonly P[],
  validation: TestValidation,
  minAgreement: number,
): { problems: P[]; testFunnel: Funnel; problemFunnel: Funnel } {
  const testFunnel = new Funnel("testgen/agreement-tests");
  const problemFunnel = new Funnel("testgen/agreement-problems");
  const key = (id: string, i: number) => `${id}#${i}`;
  const agreement = new Map(validation.tests.map((t) => [key(t.problemId, t.testIndex), t]));
  const out: P[] = [];
  for (const p of problems) {
    problemFunnel.input();
    const kept = p.tests.filter((_, i) => {
      testFunnel.input();
      const a = agreement.get(key(p.problemId, i));
      if (!a || a.solutions === 0 || a.agreement >= minAgreement) {
        testFunnel.keep();
        return true;
      }
      testFunnel.drop(key(p.problemId, i), "low_agreement", `${a.passing}/${a.solutions} solutions pass`);
      return false;
    });
    if (kept.length === 0) problemFunnel.drop(p.problemId, "no_supported_test");
    else {
      problemFunnel.keep();
      out.push({ ...p, tests: kept });
    }
  }
  return { problems: out, testFunnel, problemFunnel };
}
