import { ConfigError } from "../../core/errors.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { EmbeddedModel } from "../../lm/embedded/index.js";
import { OpenAICompatibleModel } from "../../lm/openai-compatible/index.js";

/** Which model a post-training command talks to: an OpenAI-compatible server or an embedded model file. */
export interface ModelSpec {
  /** API root including /v1 (vLLM, SGLang, promptcot serve, OpenAI). */
  baseURL?: string;
  /** Served model name (with baseURL). */
  model?: string;
  /** An embedded model file (EmbeddedModel.save), run in process. */
  embeddedFile?: string;
}

/**
 * Opens the model a spec names; exactly one of `baseURL` (+ `model`) or `embeddedFile`.
 *
 * @example const policy = await openPostTrainingModel({ baseURL: "http://127.0.0.1:8000/v1", model: "qwen3-4b" });
 */
export async function openPostTrainingModel(spec: ModelSpec, role = "model"): Promise<LanguageModel> {
  if (spec.baseURL && spec.embeddedFile) throw new ConfigError(undefined, role, "give either a server (--base-url) or an embedded model file, not both", { remedy: "drop one of the two flags" });
  if (spec.embeddedFile) return EmbeddedModel.load(spec.embeddedFile);
  if (!spec.baseURL) throw new ConfigError(undefined, role, "no model given", { remedy: "pass --base-url URL --model NAME (an OpenAI-compatible server, e.g. `promptcot serve`) or --embedded FILE" });
  if (!spec.model) throw new ConfigError(undefined, role, "--base-url needs --model", { remedy: "pass the served model name with --model" });
  return new OpenAICompatibleModel({ baseURL: spec.baseURL, model: spec.model });
}
