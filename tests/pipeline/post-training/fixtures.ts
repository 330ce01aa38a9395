import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Rollout } from "../../../src/core/rows.js";
import type { PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";

export function tempDir(prefix = "post-training-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A code problem with a correct reference and three tests. */
export const SUM_PROBLEM: PostTrainingProblem = {
  problemId: "code-sum",
  domain: "code",
  problem: "Read two integers a and b on one line and print a + b.",
  tests: [
    { input: "1 2\n", output: "3\n" },
    { input: "-5 5\n", output: "0\n" },
    { input: "1000000000 1000000000\n", output: "2000000000\n" },
  ],
};

export const SUM_OK = "a, b = map(int, input().split())\nprint(a + b)";
export const SUM_WRONG = "a, b = map(int, input().split())\nprint(a - b)";

/** A math problem with a gold answer. */
export const HALF_PROBLEM: PostTrainingProblem = { problemId: "math-half", domain: "math", problem: "What is 1 divided by 2?", answer: "\\frac{1}{2}" };

export function mathText(answer: string, thinking = "I divide."): string {
  return `<think>\n${thinking}\n</think>\n\nThe answer is $\\boxed{${answer}}$.`;
}

export function codeText(code: string, thinking = "Read and add."): string {
  return `<think>\n${thinking}\n</think>\n\n\`\`\`python\n${code}\n\`\`\``;
}

/** Rollout rows for a problem from texts (sample index = position). */
export function rolloutsOf(problemId: string, texts: readonly string[], finishReason = "stop"): Rollout[] {
  return texts.map((text, i) => ({ rolloutId: `${problemId}/r${i}`, problemId, model: "test", sampleIndex: i, temperature: 1, text, finishReason }));
}
