import type { PostTrainingProblem } from "./types.js";

/** Truncated-template patterns the authors drop from synthetic math prompts (`prepare_self_play_data.py`). */
export const TRUNCATED_TEMPLATE_PATTERNS: readonly string[] = [
  "the following conditions:\nPlease reason step by step",
  "the following properties:\nPlease reason step by step",
  "solution to\nPlease reason step by step",
  "the following properties:\nFind",
];

/**
 * Why a problem cannot enter self-play, or undefined when it can. Synthetic math: truncated templates,
 * "prove that" (no checkable answer), and degenerate labels — empty, exactly "0"/"1", or the words
 * "none"/"no" as a whole word (the authors test a substring, which also drops "\notin" and "North").
 * Every problem needs a reference: an answer (math) or tests (code).
 *
 * @example selfPlayProblemIssue({ problemId: "p", domain: "math", problem: "Prove that 2 is prime.", answer: "2" }) // "proof_problem"
 */
export function selfPlayProblemIssue(p: PostTrainingProblem, withPrompt?: string): string | undefined {
  if (p.domain === "code") return p.tests?.length ? undefined : "no_tests";
  const answer = (p.answer ?? "").trim();
  if (!answer) return "no_answer";
  if ((p.origin ?? "synthetic") === "open-source") return undefined;
  const text = withPrompt ?? p.problem;
  if (TRUNCATED_TEMPLATE_PATTERNS.some((s) => text.includes(s))) return "truncated_template";
  if (/\bprove that\b/i.test(p.problem)) return "proof_problem";
  if (answer === "0" || answer === "1") return "trivial_answer";
  if (/\b(none|no)\b/i.test(answer.replace(/\\[A-Za-z]+/g, " "))) return "non_answer";
  return undefined;
}
