import type { ConceptSet, DroppedRow, SynthesizedProblem } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import type { LanguageModel } from "../../lm/language-model.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import { generate } from "../../lm/batch.js";
import { TAGS, parsePromptModelOutput, renderPromptModelInput } from "../../prompts/prompt-model.js";
import type { Sample } from "../../lm/generate-result.js";
import type { StageContext } from "../stage.js";

/** Decoding settings of synthesis (the 2.0 code: 64 runs, seeds 8000–8063, T 0.8, 4,096 new tokens, 1 sample per run). */
export interface SynthesisSettings {
  /** One generation per concept set per seed (the authors' "runs"). */
  seeds: readonly number[];
  /** Sampling temperature. Default 0.8. */
  temperature: number;
  topP: number;
  /** Maximum new tokens of rationale + problem. */
  maxTokens: number;
  /** Requests in flight. */
  concurrency: number;
  /**
   * "free": one generation, parsed strictly (the 2.0 code). "tag-guided": the tag grammar is enforced
   * while decoding, like a server's guided decoding: the rationale is generated after a forced
   * `BEGIN RATIONALE` tag and stops at the next `<!--`; the problem likewise after the forced
   * `END RATIONALE`/`BEGIN PROBLEM` tags. Small models (the embedded n-gram LM) cannot keep the block
   * structure on their own (docs/synthesis.md); the strict parser still rejects empty or truncated blocks.
   */
  decoding: "free" | "tag-guided";
}

export const DEFAULT_SYNTHESIS_SETTINGS: SynthesisSettings = {
  seeds: Array.from({ length: 64 }, (_, i) => 8000 + i),
  temperature: 0.8,
  topP: 1,
  maxTokens: 4096,
  concurrency: 4,
  decoding: "free",
};

/** One generation that did not yield a problem, with the parser's reason. */
export interface SynthesisFailure {
  conceptSetId: string;
  seed: number;
  reason: string;
  /** The raw output (truncated to 2,000 characters) for inspection. */
  raw: string;
}

export interface SynthesisResult {
  problems: SynthesizedProblem[];
  failures: SynthesisFailure[];
  /** Generations asked for, problems parsed, and failures by reason. */
  stats: { requested: number; parsed: number; reasons: Record<string, number> };
}

/** The request for one concept set and one seed: the raw generator prompt, no chat template (as in the 2.0 code). */
export function synthesisRequest(set: ConceptSet, seed: number, settings: Pick<SynthesisSettings, "temperature" | "topP" | "maxTokens">): GenerateRequest {
  return { id: `${set.conceptSetId}@${seed}`, prompt: renderPromptModelInput(set), n: 1, temperature: settings.temperature, topP: settings.topP, maxTokens: settings.maxTokens, seed };
}

/**
 * Synthesis with the trained prompt model p (paper §3.2 "armed with p_θ(z,x|c)"): one generation per
 * concept set per seed, parsed strictly (`parsePromptModelOutput`: a missing, empty, repeated or
 * out-of-order block is a counted failure, never a problem). Each problem keeps its lineage: concept
 * set, generator model id, seed, sample index and the rationale it was written through. Failed
 * generations are also recorded as drops on the run.
 *
 * @example
 * const { problems, stats } = await synthesizeProblems(ctx, p, conceptSets, { seeds: [8000, 8001], maxTokens: 512 });
 * stats // { requested: 2 × sets, parsed: …, reasons: { unclosed_block: … } }
 */
export async function synthesizeProblems(ctx: StageContext, p: LanguageModel, sets: readonly ConceptSet[], options: Partial<SynthesisSettings> = {}): Promise<SynthesisResult> {
  const settings: SynthesisSettings = { ...DEFAULT_SYNTHESIS_SETTINGS, ...options };
  const jobs = settings.seeds.flatMap((seed) => sets.map((set) => ({ set, seed })));
  const requests = jobs.map((j) => synthesisRequest(j.set, j.seed, settings));
  const problems: SynthesizedProblem[] = [];
  const failures: SynthesisFailure[] = [];
  const reasons: Record<string, number> = {};
  const progress = ctx.run.progress("synthesize", requests.length);
  const results: Array<{ index: number; problem?: SynthesizedProblem; failure?: SynthesisFailure }> = [];
  const onSample = (index: number, sample: Sample | undefined, error?: string) => {
    const job = jobs[index]!;
    progress.tick();
    if (!sample) {
      results.push({ index, failure: { conceptSetId: job.set.conceptSetId, seed: job.seed, reason: "generate_failed", raw: error ?? "" } });
      return;
    }
    const parsed = parsePromptModelOutput(sample.text);
    if (parsed.ok === false) {
      const reason = sample.finishReason.unified === "length" && parsed.reason === "unclosed_block" ? "truncated" : parsed.reason;
      results.push({ index, failure: { conceptSetId: job.set.conceptSetId, seed: job.seed, reason, raw: sample.text.slice(0, 2000) } });
      return;
    }
    const lineage = { conceptSetId: job.set.conceptSetId, modelVersion: p.modelId, seed: job.seed, sampleIndex: sample.index };
    results.push({
      index,
      problem: { problemId: shortId("prob", lineage), ...lineage, domain: job.set.domain, level: job.set.level, concepts: [...job.set.concepts], rationale: parsed.value.rationale, problem: parsed.value.problem },
    });
  };
  if (settings.decoding === "tag-guided") await tagGuided(p, requests, settings, ctx.signal, onSample);
  else for await (const s of generate(p, requests, { concurrency: settings.concurrency, signal: ctx.signal })) onSample(s.index, s.ok === true ? s.result.samples[0] : undefined, s.ok === false ? s.message : undefined);
  progress.finish();
  // Completion order varies with concurrency; request order does not.
  results.sort((a, b) => a.index - b.index);
  for (const r of results) {
    if (r.problem) problems.push(r.problem);
    else {
      failures.push(r.failure!);
      reasons[r.failure!.reason] = (reasons[r.failure!.reason] ?? 0) + 1;
    }
  }
  const drops: DroppedRow[] = failures.map((f) => ({ stage: "synthesize", id: `${f.conceptSetId}@${f.seed}`, reason: f.reason, detail: f.raw.slice(0, 200) }));
  await ctx.run.drop(drops);
  return { problems, failures, stats: { requested: requests.length, parsed: problems.length, reasons } };
}

/**
 * Tag-guided decoding: two calls per request with the tags forced and `<!--` as the stop sequence, so the
 * output has the block structure by construction; the text handed to the parser is the assembled
 * output. A phase that ends by length is left unclosed (the parser reports it as truncated).
 */
async function tagGuided(p: LanguageModel, requests: readonly GenerateRequest[], settings: SynthesisSettings, signal: AbortSignal | undefined, onSample: (index: number, sample: Sample | undefined, error?: string) => void): Promise<void> {
  const half = Math.max(16, Math.floor(settings.maxTokens / 2));
  const rationaleHead = `${TAGS.rationaleBegin}\n`;
  const phase1 = requests.map((r) => ({ ...r, prompt: `${r.prompt}${rationaleHead}`, maxTokens: half, stop: ["<!--"] }));
  const firstHalf = new Map<number, Sample>();
  for await (const s of generate(p, phase1, { concurrency: settings.concurrency, signal })) {
    if (s.ok === false) onSample(s.index, undefined, s.message);
    else if (s.result.samples[0]!.finishReason.unified === "length") onSample(s.index, { ...s.result.samples[0]!, text: rationaleHead + s.result.samples[0]!.text });
    else firstHalf.set(s.index, s.result.samples[0]!);
  }
  const order = [...firstHalf.keys()].sort((a, b) => a - b);
  const head = (i: number) => `${rationaleHead}${firstHalf.get(i)!.text.trim()}\n${TAGS.rationaleEnd}\n${TAGS.problemBegin}\n`;
  const phase2 = order.map((i) => ({ ...requests[i]!, prompt: `${requests[i]!.prompt}${head(i)}`, maxTokens: settings.maxTokens - half, stop: ["<!--"], seed: (requests[i]!.seed ?? 0) + 1_000_003 }));
  for await (const s of generate(p, phase2, { concurrency: settings.concurrency, signal })) {
    const i = order[s.index]!;
    if (s.ok === false) {
      onSample(i, undefined, s.message);
      continue;
    }
    const sample = s.result.samples[0]!;
    const closed = sample.finishReason.unified === "length" ? "" : `\n${TAGS.problemEnd}`;
    onSample(i, { ...sample, text: `${head(i)}${sample.text.trim()}${closed}` });
  }
}
