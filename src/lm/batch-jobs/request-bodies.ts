import { normalizeGenerateRequest, type GenerateRequest, type NormalizedGenerateRequest } from "../generate-request.js";
import type { ScoreRequest } from "../score-request.js";
import { deriveSampleSeed } from "../openai-compatible/derive-sample-seed.js";
import { echoScoreBody } from "../openai-compatible/score-with-echo.js";
import { promptLogprobsScoreBody } from "../openai-compatible/score-with-prompt-logprobs.js";
import { serverProfile, type ScoringMethod, type ServerProfile } from "../openai-compatible/server-profiles.js";
import type { OpenAICompatibleSettings } from "../openai-compatible/settings.js";
import { batchRequestLine, type BatchRequestLine } from "./batch-lines.js";

/** One HTTP body the online backend would send for a generate request, and the sample indices it answers. */
export interface GenerateBody {
  line: BatchRequestLine;
  /** Sample indices answered by this body's choices, in choice order. */
  indices: number[];
  chat: boolean;
}

/** The settings' server profile and scoring method, as `OpenAICompatibleModel` derives them. */
export function profileOf(settings: OpenAICompatibleSettings): { profile: ServerProfile; scoring: ScoringMethod } {
  const profile = serverProfile(settings.server ?? "generic");
  return { profile, scoring: settings.scoring ?? profile.defaultScoring };
}

function extras(settings: OpenAICompatibleSettings, kind: string, providerOptions: Record<string, Record<string, unknown>> | undefined): Record<string, unknown> {
  return { ...settings.extraBody, ...providerOptions?.["openai-compatible"], ...providerOptions?.[kind] };
}

/**
 * The request bodies `OpenAICompatibleModel.doGenerate` would POST for this request — the same fields in
 * the same order, one body per sample when a seed is set (seed `deriveSampleSeed(seed, index)`), else one
 * body with `n`. Keeping this identical to the online path is what makes batch results interchangeable
 * with online ones (tests compare the two).
 *
 * @example
 * generateBodies({ baseURL: "http://h/v1", model: "m" }, { prompt: "x", n: 2, seed: 1 }).length // 2
 */
export function generateBodies(settings: OpenAICompatibleSettings, request: GenerateRequest | NormalizedGenerateRequest): GenerateBody[] {
  const r = normalizeGenerateRequest(request);
  const { profile } = profileOf(settings);
  const chat = r.messages !== undefined;
  const indices = Array.from({ length: r.n }, (_, i) => r.sampleOffset + i);
  const perSample = r.seed !== undefined && settings.seedPerSample !== false;
  const groups = perSample ? indices.map((i) => [i]) : [indices];
  return groups.map((g) => {
    const body: Record<string, unknown> = {
      ...extras(settings, profile.kind, r.providerOptions),
      model: settings.model,
      ...(chat ? { messages: r.messages } : { prompt: r.prompt }),
      n: g.length,
      temperature: r.temperature,
      top_p: r.topP,
      [chat && profile.maxCompletionTokens ? "max_completion_tokens" : "max_tokens"]: r.maxTokens,
    };
    if (r.stop.length > 0) body.stop = r.stop;
    const seed = perSample ? deriveSampleSeed(r.seed!, g[0]!) : r.seed;
    if (seed !== undefined) body.seed = seed;
    return { line: batchRequestLine(chat ? "/v1/chat/completions" : "/v1/completions", body), indices: g, chat };
  });
}

/**
 * The scoring body the online backend would POST (echo with `max_tokens: 0`, or vLLM `prompt_logprobs`),
 * or undefined when the settings cannot score.
 */
export function scoreBody(settings: OpenAICompatibleSettings, request: ScoreRequest): BatchRequestLine | undefined {
  const { profile, scoring } = profileOf(settings);
  if (scoring === "none") return undefined;
  const fullText = request.context + request.segments.map((s) => s.text).join("");
  const ex = extras(settings, profile.kind, request.providerOptions);
  if (profile.kind === "promptcot") ex.promptcot_segments = [request.context, ...request.segments.map((s) => s.text)].map((t) => Array.from(t).length);
  const body = scoring === "prompt-logprobs" ? promptLogprobsScoreBody(settings.model, fullText, ex) : echoScoreBody(settings.model, fullText, 0, ex);
  return batchRequestLine("/v1/completions", body);
}
