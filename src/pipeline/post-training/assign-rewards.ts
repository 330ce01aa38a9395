import type { Rollout, Verdict, VerdictKind } from "../../core/rows.js";
import { extractCode } from "../../verify/code/extract-code.js";
import { judgeMany, type JudgeManyOptions } from "../../verify/code/judge-many.js";
import { gradeAnswer, type GradeOptions } from "../../verify/math/grade.js";
import type { MathGraderPool } from "../../verify/math/grader-pool.js";
import type { PostTrainingProblem } from "./types.js";

/** A rollout's binary reward u(x, y) with the verdict behind it. */
export interface RolloutReward extends Verdict {
  /** 1 when the final answer matches the reference (math) or the program passes every test (code). */
  reward: 0 | 1;
  /** Math: the extracted final answer. */
  extracted?: string;
}

/** Options of `assignRewards`. */
export interface RewardOptions {
  /** Math grading (defaults: last box after `</think>`, no last-number fallback). */
  math?: GradeOptions;
  /** A worker pool for math grading with a hard per-item timeout (recommended for real model output). */
  mathPool?: MathGraderPool;
  /** Per-item math timeout in ms when `mathPool` is given. Default 5000. */
  mathTimeoutMs?: number;
  /** Code judging (limits, comparison, concurrency). */
  code?: JudgeManyOptions;
}

const MATH_VERDICT: Record<string, VerdictKind> = { match: "pass", mismatch: "wrong_answer", no_answer: "no_answer", timeout: "time_limit", error: "invalid" };

/**
 * Binary rewards (paper §4): math rollouts are graded against the problem's answer (gold or
 * majority-vote label) with the math grader; code rollouts run the last python fence after `</think>`
 * on every test in the sandbox and pass only if all pass. A problem with no reference gives every
 * rollout verdict `invalid` with detail `no_reference` (reward 0). Results are in rollout order.
 *
 * @example
 * const rewards = await assignRewards(problems, rollouts, { code: { concurrency: 2 } });
 * rewards.filter((r) => r.reward === 1).length // rollouts that passed
 */
export async function assignRewards(problems: readonly PostTrainingProblem[], rollouts: readonly Rollout[], options: RewardOptions = {}): Promise<RolloutReward[]> {
  const byId = new Map(problems.map((p) => [p.problemId, p]));
  const out = new Array<RolloutReward>(rollouts.length);
  const noReference = (r: Rollout, i: number) => {
    out[i] = { rolloutId: r.rolloutId, problemId: r.problemId, verdict: "invalid", passed: false, reward: 0, detail: "no_reference" };
  };
  const math: number[] = [];
  const code: number[] = [];
  rollouts.forEach((r, i) => {
    const p = byId.get(r.problemId);
    if (!p) return noReference(r, i);
    if (p.domain === "math") {
      if (!p.answer?.trim()) return noReference(r, i);
      math.push(i);
    } else {
      if (!p.tests?.length) return noReference(r, i);
      code.push(i);
    }
  });

  const gold = (i: number) => byId.get(rollouts[i]!.problemId)!.answer!;
  const grades = options.mathPool
    ? await options.mathPool.gradeMany(math.map((i) => ({ response: rollouts[i]!.text, gold: gold(i) })), { timeoutMs: options.mathTimeoutMs ?? 5000, grade: options.math })
    : math.map((i) => gradeAnswer(rollouts[i]!.text, gold(i), options.math));
  grades.forEach((g, k) => {
    const r = rollouts[math[k]!]!;
    const verdict = MATH_VERDICT[g.reason] ?? "invalid";
    out[math[k]!] = {
      rolloutId: r.rolloutId,
      problemId: r.problemId,
      verdict,
      passed: g.correct,
      reward: g.correct ? 1 : 0,
      ...(g.extracted !== undefined ? { extracted: g.extracted } : {}),
      ...(g.detail ? { detail: g.detail } : {}),
    };
  });

  const judged = await judgeMany(
    code.map((i) => {
      const r = rollouts[i]!;
      const p = byId.get(r.problemId)!;
      return { id: r.rolloutId, code: extractCode(r.text), tests: p.tests!, fnName: p.fnName };
    }),
    options.code,
  );
  judged.forEach((j, k) => {
    const r = rollouts[code[k]!]!;
    out[code[k]!] = { rolloutId: r.rolloutId, problemId: r.problemId, verdict: j.verdict, passed: j.passed, reward: j.passed ? 1 : 0, ...(j.detail ? { detail: j.detail } : {}) };
  });
  return out;
}
