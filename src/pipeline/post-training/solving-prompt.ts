import { renderCodeSolvingPrompt, renderMathSolvingPrompt } from "../../prompts/solving.js";
import type { PostTrainingProblem } from "./types.js";

/** The solving prompt of a problem: math suffix or the LiveCodeBench stdin template (authors' code). */
export function solvingPrompt(problem: Pick<PostTrainingProblem, "domain" | "problem">): string {
  return problem.domain === "math" ? renderMathSolvingPrompt(problem.problem) : renderCodeSolvingPrompt(problem.problem);
}
