import { textHash } from "../../core/hash.js";
import { countTokens, type Tokenizer } from "../../core/tokenize.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { renderQwenChatPrompt } from "../../prompts/solving.js";
import { extractCode } from "../../verify/code/extract-code.js";
import { extractAnswer } from "../../verify/math/extract-answer.js";
import { Funnel } from "./funnel.js";
import { harmonyToThink } from "./harmony.js";
import { sampleResponses, type SamplingOptions } from "./sample-responses.js";
import { solvingPrompt } from "./solving-prompt.js";
import type { PostTrainingProblem } from "./types.js";

/** One teacher trace: the raw response to a problem's solving prompt. */
export interface TeacherTrace {
  problemId: string;
  text: string;
  finishReason: string;
}

/** An SFT example: solving prompt and the teacher's response in think format, with lineage. */
export interface SftExample {
  problemId: string;
  domain: PostTrainingProblem["domain"];
  prompt: string;
  completion: string;
  /** Tokens of prompt + completion in the student's chat layout (+ template overhead). */
  tokens: number;
}

/** Counts tokens of many texts: a model's `countTokens` (e.g. vLLM /tokenize of the student) or a local tokenizer. */
export type TokenCounter = (texts: readonly string[]) => Promise<number[]>;

/** A counter from a LanguageModel (`countTokens`) or a local Tokenizer. */
export function tokenCounter(source: LanguageModel | Tokenizer): TokenCounter {
  if ("countTokens" in source) return (texts) => source.countTokens(texts);
  return async (texts) => texts.map((t) => countTokens(t, source));
}

/** Options of `buildSftExamples`. Defaults are the authors' (`prepare_sft_data_code.py`). */
export interface SftOptions {
  /**
   * Teacher output format: "harmony" (GPT-OSS, converted; others dropped as `harmony_malformed`),
   * "think" (already `<think>…</think>`), or "auto" (convert harmony, accept think). Default "auto".
   */
  format?: "harmony" | "think" | "auto";
  /** Token counter of the student's tokenizer. Default: cl100k_base (state it — the authors count Qwen2.5 tokens). */
  countTokens?: TokenCounter;
  /** Drop when prompt + completion tokens + overhead ≥ this. Default 16384. */
  maxTokens?: number;
  /** Drop when below this. Default 0. */
  minTokens?: number;
  /** Added to every count for the chat template's special tokens (the authors add 20). Default 20. */
  templateOverheadTokens?: number;
  /** Drop traces cut by the token limit. Default true. */
  rejectTruncated?: boolean;
}

/**
 * Teacher traces: 1 sample per problem on its solving prompt (authors: GPT-OSS-120B, T 1.0, 16,384 tokens).
 *
 * @example const { traces } = await sampleTeacherTraces(teacher, problems, { temperature: 1, seed: 0 });
 */
export async function sampleTeacherTraces(teacher: LanguageModel, problems: readonly PostTrainingProblem[], options: SamplingOptions = {}): Promise<{ traces: TeacherTrace[]; funnel: Funnel }> {
  const results = await sampleResponses(
    teacher,
    problems.map((p) => ({ id: p.problemId, text: solvingPrompt(p), n: 1 })),
    { temperature: 1, maxTokens: 16384, ...options },
  );
  const funnel = new Funnel("sft/teacher");
  const traces: TeacherTrace[] = [];
  problems.forEach((p, i) => {
    funnel.input();
    const r = results[i]!;
    if ("error" in r) return funnel.drop(p.problemId, "generation_error", r.error);
    const s = r.samples[0];
    if (!s) return funnel.drop(p.problemId, "generation_error", "no sample");
    funnel.keep();
    traces.push({ problemId: p.problemId, text: s.text, finishReason: s.finishReason.unified });
  });
  return { traces, funnel };
}

/**
 * Turns teacher traces into SFT examples (paper §4, official code §5): prompt dedup (first wins),
 * harmony → think conversion, validity (math: a final `\boxed{}` after the thinking — the paper's filter
 * the authors never implemented; code: a non-empty python fence), and the token-length window on the
 * Qwen chat layout. Drop reasons: duplicate_prompt, no_trace, truncated, harmony_malformed:<why>,
 * no_think_block, no_boxed_answer, no_code_block, too_long, too_short.
 *
 * @example
 * const { examples, funnel } = await buildSftExamples(problems, traces, { maxTokens: 4096 });
 * funnel.rows() // input, duplicate_prompt, no_boxed_answer, too_long, …, kept
 */
export async function buildSftExamples(problems: readonly PostTrainingProblem[], traces: readonly TeacherTrace[], options: SftOptions = {}): Promise<{ examples: SftExample[]; funnel: Funnel }> {
  const traceOf = new Map<string, TeacherTrace>();
  for (const t of traces) if (!traceOf.has(t.problemId)) traceOf.set(t.problemId, t);
  const funnel = new Funnel("sft/examples");
  const seenPrompts = new Set<string>();
  const candidates: Array<Omit<SftExample, "tokens">> = [];
  for (const p of problems) {
    funnel.input();
    const prompt = solvingPrompt(p);
    const key = textHash(prompt);
    if (seenPrompts.has(key)) {
      funnel.drop(p.problemId, "duplicate_prompt");
      continue;
    }
    seenPrompts.add(key);
    const trace = traceOf.get(p.problemId);
    if (!trace) {
      funnel.drop(p.problemId, "no_trace");
      continue;
    }
    if ((options.rejectTruncated ?? true) && trace.finishReason === "length") {
      funnel.drop(p.problemId, "truncated");
      continue;
    }
    let completion = trace.text.trim();
    const format = options.format ?? "auto";
    const isThink = completion.startsWith("<think>");
    if (format === "harmony" || (format === "auto" && !isThink)) {
      const converted = harmonyToThink(completion);
      if ("reason" in converted) {
        funnel.drop(p.problemId, `harmony_malformed:${converted.reason}`);
        continue;
      }
      completion = converted.text;
    }
    if (!completion.startsWith("<think>") || !completion.includes("</think>")) {
      funnel.drop(p.problemId, "no_think_block");
      continue;
    }
    if (p.domain === "math" ? !extractAnswer(completion, { requireThinkClose: true }) : !extractCode(completion, { requireThinkEnd: true })) {
      funnel.drop(p.problemId, p.domain === "math" ? "no_boxed_answer" : "no_code_block");
      continue;
    }
    candidates.push({ problemId: p.problemId, domain: p.domain, prompt, completion });
  }
  const counter = options.countTokens ?? (async (texts: readonly string[]) => texts.map((t) => countTokens(t)));
  const counts = await counter(candidates.map((c) => `${renderQwenChatPrompt(c.prompt)}\n${c.completion}`));
  const overhead = options.templateOverheadTokens ?? 20;
  const max = options.maxTokens ?? 16384;
  const min = options.minTokens ?? 0;
  const examples: SftExample[] = [];
  candidates.forEach((c, i) => {
    const tokens = counts[i]! + overhead;
    if (tokens >= max) return funnel.drop(c.problemId, "too_long", `${tokens} tokens ≥ ${max}`);
    if (tokens < min) return funnel.drop(c.problemId, "too_short", `${tokens} tokens < ${min}`);
    funnel.keep();
    examples.push({ ...c, tokens });
  });
  return { examples, funnel };
}
