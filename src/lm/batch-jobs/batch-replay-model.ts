import { ApiCallError, PromptcotError } from "../../core/errors.js";
import type { LmWarning } from "../../core/warnings.js";
import type { GenerateRequest } from "../generate-request.js";
import type { GenerateResult, Sample } from "../generate-result.js";
import type { LanguageModel } from "../language-model.js";
import type { ScoreRequest } from "../score-request.js";
import type { ScoreResult } from "../score-result.js";
import { addUsage, ZERO_USAGE, type Usage } from "../usage.js";
import type { CallContext } from "../openai-compatible/api-errors.js";
import { convertUsage } from "../openai-compatible/convert-usage.js";
import { parseChatChoices, parseCompletionChoices } from "../openai-compatible/parse-choices.js";
import { parseEchoSpans } from "../openai-compatible/score-with-echo.js";
import { parsePromptLogprobSpans } from "../openai-compatible/score-with-prompt-logprobs.js";
import type { OpenAICompatibleSettings } from "../openai-compatible/settings.js";
import { sumBySegment } from "../openai-compatible/token-spans.js";
import type { WireChatCompletion, WireCompletion } from "../openai-compatible/wire-types.js";
import { isSuccessfulOutcome, type BatchOutcome, type BatchRequestLine } from "./batch-lines.js";
import { generateBodies, profileOf, scoreBody } from "./request-bodies.js";

/** Thrown by the collecting model: the request was written down, not sent. */
export class DeferredToBatchError extends PromptcotError {}

const BASE = { specificationVersion: "v1" as const, provider: "openai-compatible" };

function modelIdOf(settings: OpenAICompatibleSettings): string {
  return settings.modelId ?? settings.model;
}

/**
 * A model that records the bodies the online backend would send and then throws `DeferredToBatchError`.
 * Wrapped in the request cache, it sees exactly the sample runs the cache misses, so the batch holds
 * only what the stage still needs.
 */
export function collectingModel(settings: OpenAICompatibleSettings, into: Map<string, BatchRequestLine>): LanguageModel {
  const { scoring } = profileOf(settings);
  return {
    ...BASE,
    modelId: modelIdOf(settings),
    capabilities: { completions: true, chat: true, score: scoring !== "none", seed: true },
    async doGenerate(request: GenerateRequest): Promise<GenerateResult> {
      for (const b of generateBodies(settings, request)) into.set(b.line.custom_id, b.line);
      throw new DeferredToBatchError("deferred to a batch");
    },
    async doScore(request: ScoreRequest): Promise<ScoreResult> {
      const line = scoreBody(settings, request);
      if (!line) throw new PromptcotError(`${modelIdOf(settings)}: these settings cannot score`, { remedy: "set scoring: 'echo' or 'prompt-logprobs' on a vLLM/SGLang/promptcot server" });
      into.set(line.custom_id, line);
      throw new DeferredToBatchError("deferred to a batch");
    },
    async countTokens(): Promise<number[]> {
      throw new PromptcotError("a batch collector does not count tokens");
    },
  };
}

function outcomeError(outcome: BatchOutcome | undefined, customId: string, callerId: string | undefined): ApiCallError {
  const what = outcome?.error ? `${outcome.error.code}: ${outcome.error.message}` : "no outcome (not in any output file)";
  return new ApiCallError(`batch line ${customId}${callerId ? ` (request ${callerId})` : ""} has no usable result: ${what}`, { isRetryable: false, status: outcome?.status, requestId: callerId }, { remedy: "rerun the batch job: retryable failures go into a new batch; or run the stage online" });
}

/**
 * A model that answers from batch outcomes instead of the network, parsing each response body exactly as
 * the online backend parses its HTTP response. Wrapped in the request cache, every answer is committed
 * as if it had been fetched online; a request whose line failed throws and is left uncached.
 */
export function replayModel(settings: OpenAICompatibleSettings, outcomes: ReadonlyMap<string, BatchOutcome>): LanguageModel {
  const { scoring } = profileOf(settings);
  const lookup = (customId: string, callerId: string | undefined): { body: unknown; ctx: CallContext; text: string } => {
    const outcome = outcomes.get(customId);
    if (!outcome || !isSuccessfulOutcome(outcome)) throw outcomeError(outcome, customId, callerId);
    const ctx: CallContext = { url: `batch ${outcome.batchId ?? "?"} ${customId}`, ...(callerId ? { callerId } : {}) };
    return { body: outcome.body, ctx, text: JSON.stringify(outcome.body).slice(0, 2000) };
  };
  return {
    ...BASE,
    modelId: modelIdOf(settings),
    capabilities: { completions: true, chat: true, score: scoring !== "none", seed: true },
    async doGenerate(request: GenerateRequest): Promise<GenerateResult> {
      const warnings: LmWarning[] = [];
      const samples: Sample[] = [];
      let usage: Usage = ZERO_USAGE;
      for (const b of generateBodies(settings, request)) {
        const { body, ctx, text } = lookup(b.line.custom_id, request.id);
        const choices = b.chat ? parseChatChoices(body as WireChatCompletion, b.indices.length, ctx, text, warnings) : parseCompletionChoices(body as WireCompletion, b.indices.length, ctx, text);
        const partUsage = convertUsage((body as WireCompletion).usage);
        choices.forEach((c, i) => samples.push({ index: b.indices[i]!, text: c.text, finishReason: c.finishReason, ...(choices.length === 1 ? { outputTokens: partUsage.outputTokens } : {}) }));
        usage = addUsage(usage, partUsage);
      }
      return { ...(request.id !== undefined ? { id: request.id } : {}), samples, usage, warnings };
    },
    async doScore(request: ScoreRequest): Promise<ScoreResult> {
      const line = scoreBody(settings, request);
      if (!line) throw new PromptcotError(`${modelIdOf(settings)}: these settings cannot score`);
      const { body, ctx, text } = lookup(line.custom_id, request.id);
      const fullText = String(line.body.prompt);
      const spans = scoring === "prompt-logprobs" ? parsePromptLogprobSpans(body as WireCompletion, fullText, ctx, text) : parseEchoSpans(body as WireCompletion, fullText, ctx, text);
      const summed = sumBySegment(spans, request.context, request.segments);
      return {
        ...(request.id !== undefined ? { id: request.id } : {}),
        segments: summed.segments,
        total: summed.segments.reduce((a, s) => a + s.logprob, 0),
        usage: convertUsage((body as WireCompletion).usage),
        warnings: summed.warnings,
      };
    },
    async countTokens(): Promise<number[]> {
      throw new PromptcotError("a batch replay model does not count tokens");
    },
  };
}
