import { sha256 } from "../../core/hash.js";
import type { VerdictKind } from "../../core/rows.js";
import type { JudgedItem } from "../../verify/code/judge-many.js";
import { extractCode } from "../../verify/code/extract-code.js";
import { gradeAnswer, type GradeOptions, type GradeReason } from "../../verify/math/grade.js";

/** Grader versions: part of every verdict key, so a changed grader re-grades instead of reusing. */
export const MATH_GRADER = "math:gradeAnswer/v1";
export const CODE_GRADER = "code:sandbox-all-tests/v1";

/** The verdict on one sample, as stored in `eval_verdicts`. */
export interface SampleGrade {
  verdict: VerdictKind;
  /** True only when the verdict is "pass". */
  correct: boolean;
  /** Math: the extracted final answer (box content), when there was one. */
  extracted?: string;
  /** Code: sha256 of the extracted program, when there was one. */
  codeHash?: string;
  /** Why: the grader's reason, the first failing test, the error. */
  detail?: string;
  /** Code: tests passed and in total. */
  testsPassed?: number;
  testsTotal?: number;
}

const MATH_VERDICT: Record<GradeReason, VerdictKind> = {
  match: "pass",
  mismatch: "wrong_answer",
  no_answer: "no_answer",
  timeout: "time_limit",
  error: "invalid",
};

/**
 * Grades a math completion: the last `\boxed{}` after `</think>`, normalised and compared with the gold answer by
 * `gradeAnswer` (no percent leniency, no last-number fallback). With `thinkPrefilled`, a completion without
 * `</think>` is truncated and has no answer.
 *
 * @example gradeMathSample("…</think> so $\\boxed{033}$", "33", { thinkPrefilled: true }) // { verdict: "pass", correct: true, extracted: "033", detail: "match" }
 */
export function gradeMathSample(text: string, gold: string | undefined, options: { thinkPrefilled: boolean; grade?: GradeOptions }): SampleGrade {
  const result = gradeAnswer(text, gold, { ...options.grade, requireThinkClose: options.thinkPrefilled || options.grade?.requireThinkClose });
  const out: SampleGrade = { verdict: MATH_VERDICT[result.reason], correct: result.correct, detail: result.detail ?? result.reason };
  if (result.extracted !== undefined) out.extracted = result.extracted;
  return out;
}

/**
 * The program of a code completion: the last fenced Python block after `</think>` (with `thinkPrefilled`, none
 * without a `</think>`).
 *
 * @example codeOfSample("</think>\n```python\nprint(1)\n```", true) // "print(1)"
 */
export function codeOfSample(text: string, thinkPrefilled: boolean): string | undefined {
  return extractCode(text, { requireThinkEnd: thinkPrefilled });
}

/** The stored form of a sandbox judgement. */
export function codeGrade(code: string | undefined, judged: JudgedItem): SampleGrade {
  const out: SampleGrade = { verdict: judged.verdict, correct: judged.passed, testsPassed: judged.passedTests, testsTotal: judged.totalTests };
  if (judged.detail !== undefined) out.detail = judged.detail;
  if (code !== undefined) out.codeHash = sha256(code);
  return out;
}
