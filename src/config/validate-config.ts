import { ConfigError } from "../core/errors.js";
import { SERVER_PROFILES } from "../lm/openai-compatible/server-profiles.js";
import type { EndpointSpec, ModelSpec, PromptcotConfig } from "./config-types.js";
import { anyObject, arrayOf, bool, num, object, oneOf, opt, recordOf, req, str, tagged, type Schema } from "./schema.js";

const positiveInt = num({ integer: true, min: 1 });
const positive = num({ min: 0, exclusiveMin: true });

const trainer = tagged("kind", {
  embedded: object({ kind: req(str) }),
  "openai-fine-tune": object({ kind: req(str), baseModel: opt(str), suffix: opt(str), pollIntervalMs: opt(positiveInt), wandbProject: opt(str) }),
  "external-command": object({
    kind: req(str),
    objective: opt(oneOf(["sft", "dpo"])),
    baseModel: opt(str),
    launcher: opt(oneOf(["trl", "accelerate", "torchrun", "command"])),
    script: opt(str),
    processes: opt(positiveInt),
    command: opt(arrayOf(str, { minLength: 1 })),
    config: opt(anyObject),
    serveCommand: req(arrayOf(str, { minLength: 1 })),
    workDir: opt(str),
  }),
});

const endpointObject = object<EndpointSpec>({ baseURL: req(str), maxConcurrency: opt(positiveInt), rpm: opt(positiveInt), tpm: opt(positiveInt), weight: opt(positive) });
const endpoint: Schema<EndpointSpec> = (v, p, f) => (typeof v === "string" ? { baseURL: str(v, p, f) } : endpointObject(v, p, f));

const url: Schema<string> = (v, p, f) => {
  const s = str(v, p, f);
  if (!/^https?:\/\/[^/]/.test(s)) throw new ConfigError(f, p, `expected an http(s) URL, got ${JSON.stringify(s)}`, { remedy: "write the API root, e.g. http://127.0.0.1:8000/v1" });
  return s;
};

const openaiCompatible = object({
  backend: req(str),
  model: req(str),
  modelId: opt(str),
  baseURL: opt(url),
  endpoints: opt(arrayOf(endpoint, { minLength: 1 })),
  server: opt(oneOf(SERVER_PROFILES.map((s) => s.kind))),
  scoring: opt(oneOf(["echo", "prompt-logprobs", "none"])),
  apiKeyEnv: opt(str),
  timeoutMs: opt(positiveInt),
  extraBody: opt(anyObject),
  headers: opt(recordOf(str)),
  maxConcurrency: opt(positiveInt),
  rpm: opt(positiveInt),
  tpm: opt(positiveInt),
  healthPath: opt((v, p, f) => (v === false ? false : str(v, p, f))),
  trainer: opt(trainer),
});

const modelSpec: Schema<ModelSpec> = (v, p, f) => {
  const spec = tagged<ModelSpec>("backend", {
    embedded: object({ backend: req(str), file: opt(str), trainer: opt(trainer) }),
    "openai-compatible": openaiCompatible,
  })(v, p, f);
  if (spec.backend === "openai-compatible") {
    if (!spec.baseURL === !spec.endpoints) throw new ConfigError(f, p, spec.baseURL ? "give baseURL or endpoints, not both" : "missing baseURL (or endpoints)", { remedy: "one server: baseURL; several servers of this model: endpoints: [url, …]" });
    spec.endpoints?.forEach((e, i) => url(e.baseURL, `${p}.endpoints[${i}]${typeof (v as { endpoints: unknown[] }).endpoints[i] === "string" ? "" : ".baseURL"}`, f));
    if (spec.trainer?.kind === "embedded") throw new ConfigError(f, `${p}.trainer.kind`, "the embedded trainer trains embedded models only", { remedy: "use openai-fine-tune or external-command for a served model" });
  } else if (spec.trainer && spec.trainer.kind !== "embedded") {
    throw new ConfigError(f, `${p}.trainer.kind`, `an embedded model cannot be trained with ${spec.trainer.kind}`, { remedy: 'use { "kind": "embedded" } or leave trainer out' });
  }
  return spec;
};

const modelOrList: Schema<ModelSpec | ModelSpec[]> = (v, p, f) => (Array.isArray(v) ? arrayOf(modelSpec, { minLength: 1 })(v, p, f) : modelSpec(v, p, f));

const configSchema = object<PromptcotConfig>({
  name: req(str),
  description: opt(str),
  seed: opt(num({ integer: true, min: 0 })),
  models: req(recordOf(modelOrList)),
  middleware: opt(
    object({
      cache: opt(bool),
      retry: opt(object({ maxAttempts: opt(positiveInt), initialDelayMs: opt(num({ min: 0 })), maxDelayMs: opt(num({ min: 0 })) })),
      concurrency: opt(positiveInt),
      budget: opt(object({ maxTokens: opt(positiveInt), maxUsd: opt(positive), prices: opt(object({ inputPerMillion: req(num({ min: 0 })), outputPerMillion: req(num({ min: 0 })), cachedInputPerMillion: opt(num({ min: 0 })) })) })),
    }),
  ),
  batch: opt(object({ transport: req(oneOf(["openai", "command"])), command: opt(arrayOf(str, { minLength: 1 })), pollIntervalMs: opt(positiveInt), maxRounds: opt(positiveInt) })),
});

/**
 * Validates a parsed config object. Unknown fields, wrong types and impossible combinations throw a
 * ConfigError naming `file` and the JSON path, with the remedy.
 *
 * @example
 * validateConfig({ name: "x", models: { generator: { backend: "openai-compatible", model: "m", baseUrl: "…" } } }, "c.json")
 * // throws: c.json: models.generator.baseUrl: unknown field → allowed here: backend, model, modelId, baseURL, …
 */
export function validateConfig(value: unknown, file?: string): PromptcotConfig {
  const config = configSchema(value, "", file);
  if (Object.keys(config.models).length === 0) throw new ConfigError(file, "models", "no models", { remedy: "name at least a generator" });
  if (config.middleware?.budget?.maxUsd !== undefined && !config.middleware.budget.prices) {
    throw new ConfigError(file, "middleware.budget.prices", "maxUsd needs prices", { remedy: "add prices: { inputPerMillion, outputPerMillion } in USD per million tokens" });
  }
  return config;
}
