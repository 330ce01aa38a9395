import type { TrainingExample } from "../../lm/trainer.js";
import type { ScoreRequest } from "../../lm/score-request.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import { renderPromptModelInput, renderPromptModelOutput, promptModelSegments } from "../../prompts/prompt-model.js";
import { renderRationaleModelInput } from "../../prompts/rationale-model.js";
import type { EmPair } from "./types.js";
import { contentHash } from "../../core/hash.js";

/** q's training example: (c, x) → z. */
export function rationaleModelExample(pair: EmPair, rationale: string): TrainingExample {
  return { prompt: renderRationaleModelInput(pair, pair.problem), completion: rationale.trim() };
}

/** p's training example: c → (z, x) in the tagged layout. */
export function promptModelExample(pair: EmPair, rationale: string): TrainingExample {
  return { prompt: renderPromptModelInput(pair), completion: renderPromptModelOutput(rationale, pair.problem) };
}

/** The E-step reward request: log p(z|c) and log p(x|z,c) as the two segments of one teacher-forced pass. */
export function jointScoreRequest(pair: EmPair, rationale: string, id?: string): ScoreRequest {
  return { id: id ?? pair.pairId, context: renderPromptModelInput(pair), segments: promptModelSegments(rationale, pair.problem) };
}

/**
 * Rationale sampling request to q. The seed is derived per pair: one shared seed would give every pair's
 * k-th sample the same random stream (correlated samples across pairs — the authors' vLLM runs share one
 * seed per run), which biases which sample index wins.
 */
export function rationaleRequest(pair: EmPair, options: { n: number; temperature: number; maxTokens: number; seed: number }): GenerateRequest {
  const seed = Number.parseInt(contentHash({ seed: options.seed, pair: pair.pairId }).slice(0, 8), 16);
  return { id: pair.pairId, prompt: renderRationaleModelInput(pair, pair.problem), n: options.n, temperature: options.temperature, maxTokens: options.maxTokens, seed };
}
