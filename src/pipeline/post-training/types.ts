import type { Domain, TestCase } from "../../core/rows.js";

/**
 * Where a problem comes from, in the authors' vocabulary (`prepare_self_play_data.py`): synthetic
 * PromptCoT problems get stricter filters than open-source ones.
 */
export type ProblemOrigin = "synthetic" | "open-source";

/**
 * A problem entering post-training: a synthesised or open-source math/code problem with what is
 * known about its reference (gold or majority-vote answer, tests).
 */
export interface PostTrainingProblem {
  /** Lineage id (e.g. the synthesised problem's id or `bench_<item>`). */
  problemId: string;
  domain: Domain;
  /** The bare problem statement (no solving template). */
  problem: string;
  /** Math: the reference final answer (gold or majority-vote label). */
  answer?: string;
  /** Code: stdin/stdout (or functional) tests. */
  tests?: TestCase[];
  /** Code, functional tests: the function or `Solution` method name. */
  fnName?: string;
  /** Default "synthetic". */
  origin?: ProblemOrigin;
}

/**
 * How a request reaches the model: "chat" sends the solving prompt as one user message (real chat
 * models, as the authors do with the chat template on); "prompt" sends it raw (completion models and
 * the embedded seed solver, which was fitted on raw solving prompts).
 */
export type RequestStyle = "chat" | "prompt";

/** The authors' source labels for `prepare_self_play_data.py` rows. */
export function authorsSource(problem: Pick<PostTrainingProblem, "domain" | "origin">): string {
  const kind = problem.domain === "math" ? "Math" : "Code";
  return (problem.origin ?? "synthetic") === "synthetic" ? `PromptCoT-${kind}` : `OpenSource-${kind}`;
}
