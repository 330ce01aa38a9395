import { join } from "node:path";
import OpenAI from "openai";
import { ConfigError } from "../core/errors.js";
import type { Store } from "../store/database.js";
import { cacheMiddleware, type CacheMiddleware } from "../lm/cache/cache-middleware.js";
import { EmbeddedModel } from "../lm/embedded/embedded-model.js";
import type { LanguageModel } from "../lm/language-model.js";
import { wrapLanguageModel, type LanguageModelMiddleware } from "../lm/middleware.js";
import { budgetMiddleware } from "../lm/middleware/budget.js";
import { concurrencyMiddleware } from "../lm/middleware/concurrency.js";
import { retryMiddleware } from "../lm/middleware/retry.js";
import { loadApiKey } from "../lm/openai-compatible/load-api-key.js";
import { createOpenAICompatible } from "../lm/openai-compatible/openai-compatible-model.js";
import { serverProfile } from "../lm/openai-compatible/server-profiles.js";
import type { OpenAICompatibleSettings } from "../lm/openai-compatible/settings.js";
import { createPool, type PoolEvent, type PoolModel } from "../lm/pool/pool-model.js";
import { ExternalCommandTrainer } from "../lm/train/external-command-trainer.js";
import { OpenAIFineTuneTrainer } from "../lm/train/openai-fine-tune-trainer.js";
import { serveWithCommand } from "../lm/train/serve-output.js";
import { withTrainer } from "../lm/train/with-trainer.js";
import { observeTrainer } from "../lm/train/observed-trainer.js";
import type { Trainer } from "../lm/trainer.js";
import type { ModelSpec, OpenAICompatibleSpec, PromptcotConfig } from "./config-types.js";

export interface BuildModelsOptions {
  /** The run's store: holds the request cache (unless `middleware.cache` is false). */
  store?: Store;
  /** Folder for trainer datasets, configs and outputs. */
  workDir: string;
  /** Builds an embedded model that has no `file` (e.g. fit on the seed triples). */
  embedded?: (role: string) => Promise<LanguageModel>;
  env?: Record<string, string | undefined>;
  /** Pool events (failover, overload, circuit, health) by role. */
  onPoolEvent?: (role: string, event: PoolEvent) => void;
  /** Trainer output lines by role. */
  onTrainerLog?: (role: string, line: string) => void;
  /**
   * Every training metric row by role, from every fit of every version (the EM loop's included), e.g.
   * `(role, step, m) => run.log(Object.fromEntries(Object.entries(m).map(([k, v]) => [`train/${role}/${k}`, v])), step)`.
   */
  onTrainerMetrics?: (role: string, step: number, metrics: Record<string, number>) => void;
  /** Config file name for error messages. */
  file?: string;
  /** Build only these roles (default: all). */
  only?: readonly string[];
}

/** Models built from a config. */
export interface BuiltModels {
  /** Every role's models (one, or several for lists such as `annotators`), wrapped in the middleware. */
  roles: Record<string, LanguageModel[]>;
  /** The one model of a role; throws a ConfigError naming the role when it is missing. */
  model(role: string): LanguageModel;
  /** Re-applies the middleware to a model a trainer returned (EM `hooks.wrap`). */
  wrap(model: LanguageModel): LanguageModel;
  /** Settings of each OpenAI-compatible role (first endpoint), for batch jobs. */
  settings: Record<string, OpenAICompatibleSettings>;
  /** The shared request cache, when on. */
  cache?: CacheMiddleware;
  pools: PoolModel[];
  /** Stops pool health checks and every model server a trainer started. */
  close(): Promise<void>;
}

function clientSettings(spec: OpenAICompatibleSpec, baseURL: string, env: Record<string, string | undefined>): OpenAICompatibleSettings {
  const s: OpenAICompatibleSettings = { baseURL, model: spec.model };
  if (spec.modelId) s.modelId = spec.modelId;
  if (spec.server) s.server = spec.server;
  if (spec.scoring) s.scoring = spec.scoring;
  if (spec.timeoutMs) s.timeoutMs = spec.timeoutMs;
  if (spec.extraBody) s.extraBody = spec.extraBody;
  if (spec.headers) s.headers = spec.headers;
  const envName = spec.apiKeyEnv ?? "OPENAI_API_KEY";
  s.apiKeyEnv = envName;
  const key = env[envName];
  if (key) s.apiKey = key;
  return s;
}

/**
 * Builds every role's model from a validated config: embedded models (from file or the `embedded`
 * callback), OpenAI-compatible clients, pools for roles with several endpoints, trainers
 * (OpenAI fine-tuning, external command) attached so the EM loop can fit them, and the middleware
 * (cache → budget → retry → concurrency) around each. A budget is shared by all roles.
 *
 * @example
 * const { config } = await loadConfig("configs/vllm-qwen.json");
 * const built = await buildModels(config, { store: run.store, workDir: run.dir });
 * const generator = built.model("generator");
 */
export async function buildModels(config: PromptcotConfig, options: BuildModelsOptions): Promise<BuiltModels> {
  const env = options.env ?? process.env;
  const mw = config.middleware ?? {};
  const cache = mw.cache !== false && options.store ? cacheMiddleware(options.store) : undefined;
  const budget = mw.budget ? budgetMiddleware(mw.budget) : undefined;
  const closers: (() => Promise<void> | void)[] = [];
  const pools: PoolModel[] = [];
  const settings: Record<string, OpenAICompatibleSettings> = {};

  const wrap = (m: LanguageModel): LanguageModel => {
    const chain: LanguageModelMiddleware[] = [];
    if (cache) chain.push(cache);
    if (budget) chain.push(budget);
    if (mw.retry) chain.push(retryMiddleware(mw.retry));
    if (mw.concurrency) chain.push(concurrencyMiddleware({ limit: mw.concurrency }));
    return chain.length ? wrapLanguageModel(m, chain) : m;
  };

  const trainerFor = (role: string, spec: OpenAICompatibleSpec, first: OpenAICompatibleSettings): Trainer | undefined => {
    const t = spec.trainer;
    if (!t) return undefined;
    const workDir = join(options.workDir, "train", role);
    if (t.kind === "openai-fine-tune") {
      const apiKey = loadApiKey({ apiKey: first.apiKey, environmentVariableName: first.apiKeyEnv ?? "OPENAI_API_KEY", description: `fine-tuning for ${role}`, fallback: serverProfile(spec.server ?? "generic").needsApiKey ? undefined : "EMPTY", env });
      return new OpenAIFineTuneTrainer({ client: new OpenAI({ baseURL: first.baseURL, apiKey }), baseModel: t.baseModel ?? spec.model, workDir, ...(t.suffix ? { suffix: t.suffix } : {}), ...(t.pollIntervalMs ? { pollIntervalMs: t.pollIntervalMs } : {}), ...(t.wandbProject ? { wandb: { project: t.wandbProject } } : {}), inference: { ...first, baseURL: first.baseURL } });
    }
    if (t.kind === "external-command") {
      const launcher = t.launcher ?? "trl";
      if ((launcher === "accelerate" || launcher === "torchrun") && !t.script) throw new ConfigError(options.file, `models.${role}.trainer.script`, `launcher ${launcher} needs a training script`, { remedy: "set script, or use launcher trl" });
      if (launcher === "command" && !t.command) throw new ConfigError(options.file, `models.${role}.trainer.command`, "launcher command needs command", { remedy: 'e.g. ["python", "train.py", "--config", "{config}"]' });
      const trainer = new ExternalCommandTrainer({
        baseModel: t.baseModel ?? spec.model,
        workDir: t.workDir ?? workDir,
        name: role,
        ...(t.objective ? { objective: t.objective } : {}),
        launcher: launcher === "trl" ? { type: "trl" } : launcher === "accelerate" ? { type: "accelerate", script: t.script!, numProcesses: t.processes ?? 1 } : launcher === "torchrun" ? { type: "torchrun", script: t.script!, nprocPerNode: t.processes ?? 1 } : { type: "command", command: t.command! },
        ...(t.config ? { config: t.config } : {}),
        serve: serveWithCommand({ command: t.serveCommand, settings: { ...(spec.server ? { server: spec.server } : {}), ...(spec.scoring ? { scoring: spec.scoring } : {}) } }),
        ...(options.onTrainerLog ? { onLog: (l: string) => options.onTrainerLog!(role, l) } : {}),
      });
      closers.push(() => trainer.close());
      return trainer;
    }
    return undefined;
  };

  const buildOne = async (role: string, spec: ModelSpec, index: number): Promise<LanguageModel> => {
    if (spec.backend === "embedded") {
      if (spec.file) return EmbeddedModel.load(spec.file, { outputDir: join(options.workDir, "models", role) });
      if (!options.embedded) throw new ConfigError(options.file, `models.${role}${index >= 0 ? `[${index}]` : ""}.file`, "an embedded model without a file needs a builder", { remedy: "set file to a saved model, or run through `promptcot start`, which fits one on the seed triples" });
      return options.embedded(role);
    }
    const endpoints = spec.endpoints ?? [{ baseURL: spec.baseURL! }];
    const first = clientSettings(spec, endpoints[0]!.baseURL, env);
    settings[index >= 0 ? `${role}[${index}]` : role] = first;
    let model: LanguageModel;
    if (endpoints.length === 1 && !spec.rpm && !spec.tpm) {
      model = createOpenAICompatible(first);
    } else {
      const pool = createPool({
        endpoints: endpoints.map((e) => ({
          name: e.baseURL,
          model: createOpenAICompatible(clientSettings(spec, e.baseURL, env)),
          ...(spec.healthPath !== false ? { healthURL: `${e.baseURL.replace(/\/v1\/?$/, "")}${spec.healthPath ?? "/health"}` } : {}),
          maxConcurrency: e.maxConcurrency ?? spec.maxConcurrency ?? 16,
          ...((e.rpm ?? spec.rpm) ? { rpm: e.rpm ?? spec.rpm } : {}),
          ...((e.tpm ?? spec.tpm) ? { tpm: e.tpm ?? spec.tpm } : {}),
          ...(e.weight ? { weight: e.weight } : {}),
        })),
        ...(options.onPoolEvent ? { onEvent: (ev: PoolEvent) => options.onPoolEvent!(role, ev) } : {}),
      });
      pools.push(pool);
      closers.push(() => pool.close());
      model = pool;
    }
    const trainer = trainerFor(role, spec, first);
    if (!trainer) return model;
    return withTrainer(model, options.onTrainerMetrics ? observeTrainer(trainer, (step, m) => options.onTrainerMetrics!(role, step, m)) : trainer);
  };

  const roles: Record<string, LanguageModel[]> = {};
  for (const [role, specs] of Object.entries(config.models)) {
    if (options.only && !options.only.includes(role)) continue;
    const list = Array.isArray(specs) ? specs : [specs];
    roles[role] = [];
    for (const [i, spec] of list.entries()) roles[role]!.push(wrap(await buildOne(role, spec, Array.isArray(specs) ? i : -1)));
  }
  return {
    roles,
    model(role) {
      const m = roles[role]?.[0];
      if (!m) throw new ConfigError(options.file, `models.${role}`, "no model for this role", { remedy: `add models.${role} to the config (roles here: ${Object.keys(roles).join(", ")})` });
      return m;
    },
    wrap,
    settings,
    ...(cache ? { cache } : {}),
    pools,
    async close() {
      for (const c of closers.splice(0)) await c();
    },
  };
}
