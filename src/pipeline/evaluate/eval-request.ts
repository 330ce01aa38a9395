import { InputError } from "../../core/errors.js";
import type { BenchmarkItem } from "../../datasets/benchmarks.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import { CODE_PREFIX, renderCodeSolvingPrompt, renderMathSolvingPrompt } from "../../prompts/solving.js";
import type { EvalKind } from "./eval-benchmarks.js";

/**
 * How an item becomes a model input:
 * - "authors": the item's `prompt` as shipped, sent raw (completions API). The authors' files are already in
 *   Qwen chat format and end with a pre-filled `<think>\n`; the official inference applies no chat template.
 * - "chat": one user message with the solving text (chat API; the server applies its chat template).
 * - "solving": the solving text as a raw prompt, without chat markup (what the embedded seed solver was fitted on).
 * - "auto": "authors" when the item has a `prompt`, else "chat".
 */
export type PromptFormat = "auto" | "authors" | "chat" | "solving";
export const PROMPT_FORMATS: readonly PromptFormat[] = ["auto", "authors", "chat", "solving"];

/** Decoding settings of an evaluation. */
export interface EvalDecoding {
  /** Sampling temperature. Paper: 0.6. */
  temperature: number;
  /** Nucleus mass. Paper: 0.95. */
  topP: number;
  /** Maximum generated tokens per sample. Paper: 81,920. */
  maxTokens: number;
  /** Seed of every request (sample i then has seed derived from (seed, i)); the authors used random seeds (−1). */
  seed: number;
  /** Backend extras, e.g. `{ vllm: { top_k: 20 } }`. */
  providerOptions?: Record<string, Record<string, unknown>>;
}

/** The paper's evaluation decoding (reference/paper.md §3.1; official_code.md §6.2). */
export const PAPER_DECODING: Readonly<EvalDecoding> = { temperature: 0.6, topP: 0.95, maxTokens: 81_920, seed: 0 };

const STARTER_INTRO = "You will use the following starter code to write the solution to the problem and enclose your code within delimiters.";

/**
 * The user-turn text that asks for a solution: the user turn of an authors' prompt when there is one,
 * else the problem with the paper's math suffix or LiveCodeBench code template (with the starter code for
 * call-based problems).
 *
 * @example solvingText({ problem: "Find $x$.", meta: {} } as BenchmarkItem, "math") // "Find $x$.\nPlease reason step by step, and put your final answer within \\boxed{}."
 */
export function solvingText(item: BenchmarkItem, kind: EvalKind): string {
  const user = item.prompt === undefined ? undefined : /^\s*<\|im_start\|>user\n([\s\S]*?)<\|im_end\|>/.exec(item.prompt)?.[1];
  if (user !== undefined) return user;
  if (item.prompt !== undefined && !item.prompt.includes("<|im_start|>")) return item.prompt;
  if (kind === "math") return renderMathSolvingPrompt(item.problem);
  const starter = typeof item.meta.starterCode === "string" ? item.meta.starterCode : undefined;
  if (starter) return `${CODE_PREFIX}\n\nQuestion: ${item.problem.trim()}\n\n${STARTER_INTRO}\n\`\`\`python\n${starter.trimEnd()}\n\`\`\`\n\n`;
  return renderCodeSolvingPrompt(`Question: ${item.problem.trim()}`);
}

/** A generation request for one item, and whether its answer must follow a `</think>`. */
export interface EvalRequest {
  request: GenerateRequest;
  /** The prompt pre-fills `<think>`: a completion without `</think>` is truncated and has no answer. */
  thinkPrefilled: boolean;
  format: Exclude<PromptFormat, "auto">;
}

/**
 * Builds the request for `samples` samples of one item with the given decoding.
 *
 * @example evalRequest(item, "math", "authors", PAPER_DECODING, 16).request // { id: "aime24/0", prompt: "<|im_start|>user\n…<think>\n", n: 16, temperature: 0.6, topP: 0.95, maxTokens: 81920, seed: 0 }
 */
export function evalRequest(item: BenchmarkItem, kind: EvalKind, format: PromptFormat, decoding: EvalDecoding, samples: number, thinkPrefilled?: boolean): EvalRequest {
  const resolved = format === "auto" ? (item.prompt !== undefined ? "authors" : "chat") : format;
  const base: GenerateRequest = {
    id: `${item.benchmark}/${item.itemId}`,
    n: samples,
    temperature: decoding.temperature,
    topP: decoding.topP,
    maxTokens: decoding.maxTokens,
    seed: decoding.seed,
  };
  if (decoding.providerOptions) base.providerOptions = decoding.providerOptions;
  if (resolved === "authors") {
    if (item.prompt === undefined) {
      throw new InputError(item.benchmark, undefined, "prompt", `item ${item.itemId} has no prompt (upstream layouts ship only the problem)`, { remedy: "use --prompt-format chat or solving for this benchmark" });
    }
    return { request: { ...base, prompt: item.prompt }, thinkPrefilled: thinkPrefilled ?? /<think>\s*$/.test(item.prompt), format: resolved };
  }
  const text = solvingText(item, kind);
  if (resolved === "chat") return { request: { ...base, messages: [{ role: "user", content: text }] }, thinkPrefilled: thinkPrefilled ?? false, format: resolved };
  return { request: { ...base, prompt: text }, thinkPrefilled: thinkPrefilled ?? /<think>\s*$/.test(text), format: resolved };
}
