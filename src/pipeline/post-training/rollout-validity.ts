import type { Domain } from "../../core/rows.js";
import { extractCode } from "../../verify/code/extract-code.js";
import { extractAnswerDetailed } from "../../verify/math/extract-answer.js";
import { cjkShare } from "./script-share.js";

/** Why a rollout is unusable for training. */
export type InvalidRolloutReason =
  | "truncated"
  | "no_think_block"
  | "empty_thinking"
  | "extra_think_tags"
  | "empty_answer"
  | "language_mismatch"
  | "no_final_answer"
  | "no_code_block";

/** Options of `checkRolloutValidity`. */
export interface ValidityOptions {
  /**
   * The chat template pre-fills `<think>\n` (Qwen3-Thinking-2507), so completions lack the opening tag:
   * prepend it before checking, as the authors' pair builder does. Default false.
   */
  thinkPrefilled?: boolean;
  /** Treat rollouts that hit the token limit as invalid. Default true. */
  rejectTruncated?: boolean;
  /**
   * Language filter: the highest share of CJK letters allowed (see `cjkShare`) in `languageScope`.
   * Default 0 — any Han/Kana/Hangul letter rejects, the authors' rule. Skipped when the prompt itself
   * is not English (its CJK share > 0.2).
   */
  maxCjkShare?: number;
  /** Where the language filter looks: "answer" (after `</think>`, the authors' scope, default) or "all". */
  languageScope?: "answer" | "all";
  /**
   * Math: what counts as a final answer. "boxed" (default) needs a `\boxed{}`/`\fbox{}`; "any" also
   * accepts the last number, which is what the authors' `extract_answer` fallback lets through.
   */
  mathAnswer?: "boxed" | "any";
}

/** The verdict of the validity filter. */
export type ValidityResult = { valid: true; text: string } | { valid: false; reason: InvalidRolloutReason; detail?: string };

const THINK_TAG = /<\/?think>/g;

/**
 * The self-play validity filter (official code §4.4, made explicit): exactly one `<think>…</think>`
 * block at the start with non-empty thinking, no further think tags, a non-empty answer after it in
 * the prompt's language, and a final answer — a box for math, a non-empty python fence for code.
 * Returns the text as it will be trained on (with `<think>\n` restored when prefilled).
 *
 * @example checkRolloutValidity("<think>\nx\n</think>\n\n\\boxed{2}", "math") // { valid: true, text: … }
 * @example checkRolloutValidity("<think>x</think>", "math") // { valid: false, reason: "empty_answer" }
 */
export function checkRolloutValidity(text: string, domain: Domain, options: ValidityOptions & { prompt?: string; finishReason?: string } = {}): ValidityResult {
  if ((options.rejectTruncated ?? true) && options.finishReason === "length") return { valid: false, reason: "truncated" };
  let full = text;
  if (options.thinkPrefilled && !full.trimStart().startsWith("<think>")) full = `<think>\n${full}`;
  const body = full.trimStart();
  if (!body.startsWith("<think>")) return { valid: false, reason: "no_think_block" };
  const close = body.indexOf("</think>");
  if (close < 0) return { valid: false, reason: "no_think_block", detail: "no </think>" };
  const thinking = body.slice("<think>".length, close);
  const answer = body.slice(close + "</think>".length);
  if (thinking.trim() === "") return { valid: false, reason: "empty_thinking" };
  if ((thinking.match(THINK_TAG)?.length ?? 0) > 0 || (answer.match(THINK_TAG)?.length ?? 0) > 0) return { valid: false, reason: "extra_think_tags" };
  if (answer.trim() === "") return { valid: false, reason: "empty_answer" };

  const limit = options.maxCjkShare ?? 0;
  const promptIsEnglish = options.prompt === undefined || cjkShare(options.prompt) <= 0.2;
  if (promptIsEnglish) {
    const share = cjkShare(options.languageScope === "all" ? body : answer);
    if (share > limit) return { valid: false, reason: "language_mismatch", detail: `CJK share ${share.toFixed(3)} > ${limit}` };
  }
  if (domain === "math") {
    const extracted = extractAnswerDetailed(body, { lastNumberFallback: options.mathAnswer === "any" });
    if (!extracted || extracted.answer.trim() === "") return { valid: false, reason: "no_final_answer" };
  } else if (!extractCode(body)) return { valid: false, reason: "no_code_block" };
  return { valid: true, text: full };
}
