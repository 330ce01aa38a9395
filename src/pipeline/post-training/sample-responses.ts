import type { ChatMessage } from "../../core/rows.js";
import type { LanguageModel } from "../../lm/language-model.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import type { Sample } from "../../lm/generate-result.js";
import { generate } from "../../lm/batch.js";
import type { RequestStyle } from "./types.js";

/** Sampling parameters shared by test generation, labelling, rollouts and teacher traces. */
export interface SamplingOptions {
  /** Sampling temperature. */
  temperature?: number;
  /** Nucleus mass in (0, 1]. Default 1. */
  topP?: number;
  /** Maximum generated tokens per sample. */
  maxTokens?: number;
  /** Base seed; same seed + inputs → same samples on seeded backends. Default 0. */
  seed?: number;
  /** "chat" (default) or "prompt" (raw text). */
  style?: RequestStyle;
  /** Requests in flight at once (not part of results). Default 8. */
  concurrency?: number;
  /** Called with (done, total) requests. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** One prompt to sample: its id, text and how many samples. */
export interface SampleJob {
  id: string;
  text: string;
  n: number;
  /** Overrides the base seed (test generation uses one seed per round, as the authors do). */
  seed?: number;
}

/** The samples of one job, or the error that stopped it. */
export type JobSamples = { id: string; ok: true; samples: Sample[] } | { id: string; ok: false; error: string };

/** The request for a prompt text in the given style. */
export function promptRequest(text: string, style: RequestStyle = "chat"): Pick<GenerateRequest, "prompt" | "messages"> {
  if (style === "prompt") return { prompt: text };
  const messages: ChatMessage[] = [{ role: "user", content: text }];
  return { messages };
}

/**
 * Samples every job through `generate` (concurrency-limited, failures isolated) and returns results
 * in job order; a failed request becomes `{ ok: false }` for the caller to count as a drop.
 */
export async function sampleResponses(model: LanguageModel, jobs: readonly SampleJob[], options: SamplingOptions = {}): Promise<JobSamples[]> {
  const requests: GenerateRequest[] = jobs.map((job) => ({
    id: job.id,
    ...promptRequest(job.text, options.style),
    n: job.n,
    temperature: options.temperature,
    topP: options.topP,
    maxTokens: options.maxTokens,
    seed: job.seed ?? options.seed ?? 0,
  }));
  const out = new Array<JobSamples>(jobs.length);
  for await (const s of generate(model, requests, { concurrency: options.concurrency, onProgress: options.onProgress, signal: options.signal })) {
    const id = jobs[s.index]!.id;
    // Narrow with `in`, not `ok`: tslab compiles src without strictNullChecks, where boolean tags do not narrow.
    out[s.index] = "message" in s ? { id, ok: false, error: s.message } : { id, ok: true, samples: s.result.samples };
  }
  for (let i = 0; i < jobs.length; i++) out[i] ??= { id: jobs[i]!.id, ok: false, error: "aborted" };
  return out;
}
