import type { ScoringMethod, ServerKind } from "../lm/openai-compatible/server-profiles.js";

/**
 * A run configuration file (`configs/*.json`): which model plays which role, how each is served and
 * trained, and the middleware around all of them. Validated by `validateConfig`; every error names the
 * file and the JSON path (`models.generator.endpoints[1].rpm`).
 */
export interface PromptcotConfig {
  /** Short name, used in run names. */
  name: string;
  description?: string;
  /** Default seed of every stage. */
  seed?: number;
  /**
   * Models by role. Roles the pipeline reads: `generator` (p(z, x | c)), `rationale` (q(z | c, x)),
   * `annotators` (a list: concept and rationale annotation), `solver` (rollouts and self-play),
   * `teacher` (SFT traces), `testgen` (unit tests for code problems). Other roles are kept as given.
   */
  models: Record<string, ModelSpec | ModelSpec[]>;
  middleware?: MiddlewareSpec;
  /** Offline batch inference for the generation stages. */
  batch?: BatchSpec;
}

export type ModelSpec = EmbeddedSpec | OpenAICompatibleSpec;

/** The offline n-gram model: loaded from `file`, or built by the caller (seed fit) when absent. */
export interface EmbeddedSpec {
  backend: "embedded";
  /** A model file written by `EmbeddedModel.save`; relative paths resolve against the config file. */
  file?: string;
  trainer?: TrainerSpec;
}

/** One server of a pool, as a URL or with its own limits. */
export interface EndpointSpec {
  /** API root including /v1. */
  baseURL: string;
  /** Requests in flight at most. */
  maxConcurrency?: number;
  /** Requests per minute. */
  rpm?: number;
  /** Tokens per minute. */
  tpm?: number;
  /** Traffic share when equally loaded. */
  weight?: number;
}

/** A model behind one or more OpenAI-compatible servers (vLLM, SGLang, OpenAI, promptcot serve…). */
export interface OpenAICompatibleSpec {
  backend: "openai-compatible";
  /** Model name sent in requests (vLLM: the served model name). */
  model: string;
  /** Id in cache keys (default: `model`). */
  modelId?: string;
  /** One server; or use `endpoints` for a pool. */
  baseURL?: string;
  /** Several servers of the same model: a pool with least-outstanding balancing and failover. */
  endpoints?: EndpointSpec[];
  server?: ServerKind;
  scoring?: ScoringMethod;
  /** Environment variable holding the API key (default OPENAI_API_KEY; local servers need none). */
  apiKeyEnv?: string;
  /** Per request, in ms. */
  timeoutMs?: number;
  /** Body fields added to every request (e.g. `{ "top_k": 20 }`). */
  extraBody?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Defaults for every endpoint of a pool. */
  maxConcurrency?: number;
  rpm?: number;
  tpm?: number;
  /** Health path of each server for pool health checks (default "/health"; OpenAI has none: use `false`). */
  healthPath?: string | false;
  trainer?: TrainerSpec;
}

export type TrainerSpec = EmbeddedTrainerSpec | OpenAIFineTuneSpec | ExternalCommandSpec;

/** The embedded model's own trainer (count merging); only with `backend: "embedded"`. */
export interface EmbeddedTrainerSpec {
  kind: "embedded";
}

/** OpenAI's fine-tuning API. */
export interface OpenAIFineTuneSpec {
  kind: "openai-fine-tune";
  /** Base model of the first job (default: the model's `model`). */
  baseModel?: string;
  suffix?: string;
  /** In ms. Default 30000. */
  pollIntervalMs?: number;
  /** W&B project for OpenAI's wandb integration. */
  wandbProject?: string;
}

/** TRL / accelerate / torchrun training, served afterwards by `serveCommand`. */
export interface ExternalCommandSpec {
  kind: "external-command";
  objective?: "sft" | "dpo";
  /** Model the first fit starts from (HF name or folder; default: the model's `model`). */
  baseModel?: string;
  launcher?: "trl" | "accelerate" | "torchrun" | "command";
  /** Training script for accelerate / torchrun. */
  script?: string;
  /** Processes (GPUs) for accelerate / torchrun. Default 1. */
  processes?: number;
  /** Full command for launcher "command"; `{config}` is the YAML config file. */
  command?: string[];
  /** Extra TRL config keys (bf16, max_length, gradient_accumulation_steps…). */
  config?: Record<string, unknown>;
  /** Serves an output folder: `{output_dir}`, `{port}`, `{name}` are replaced. */
  serveCommand: string[];
  /** Folder for datasets and outputs (default: `<workDir>/train/<role>`). */
  workDir?: string;
}

export interface MiddlewareSpec {
  /** Request cache in the run's DuckDB (default true). */
  cache?: boolean;
  retry?: { maxAttempts?: number; initialDelayMs?: number; maxDelayMs?: number };
  /** Requests in flight per model, over all its endpoints. */
  concurrency?: number;
  budget?: { maxTokens?: number; maxUsd?: number; prices?: { inputPerMillion: number; outputPerMillion: number; cachedInputPerMillion?: number } };
}

export interface BatchSpec {
  /** "openai": Files + Batches API at the model's baseURL; "command": `vllm run-batch` (or `command`). */
  transport: "openai" | "command";
  /** For "command": argv with `{input}`/`{output}` (default `vllm run-batch -i {input} -o {output} --model <model>`). */
  command?: string[];
  /** In ms. Default 30000. */
  pollIntervalMs?: number;
  /** Batches at most, counting retries of failed lines. Default 3. */
  maxRounds?: number;
}
