import { mkdir } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import type OpenAI from "openai";
import { ConfigError, PromptcotError } from "../../core/errors.js";
import { createOpenAICompatible } from "../openai-compatible/openai-compatible-model.js";
import type { OpenAICompatibleSettings } from "../openai-compatible/settings.js";
import type { FitHyperparams, FitOptions, FitResult, Trainer, TrainingExample } from "../trainer.js";
import { writeOpenAIChatJsonl } from "./training-files.js";
import { withTrainer } from "./with-trainer.js";

export interface OpenAIFineTuneOptions {
  /** An `openai` client for the fine-tuning API (its baseURL and key are also used for inference). */
  client: OpenAI;
  /** Model the first fit (and every "refit") starts from, e.g. "gpt-4.1-mini-2025-04-14". */
  baseModel: string;
  /** Folder for the uploaded JSONL files. */
  workDir: string;
  /** Suffix in fine-tuned model names (at most 64 characters). */
  suffix?: string;
  /** System message prepended to every training conversation. */
  system?: string;
  /** Time between polls of the job and its events, in ms. Default 30000. */
  pollIntervalMs?: number;
  /** Mirror the job to Weights & Biases from OpenAI's side (the `wandb` integration). */
  wandb?: { project: string; entity?: string; name?: string; tags?: string[] };
  /** Client settings for the fine-tuned model (server kind defaults to "openai"). */
  inference?: Partial<OpenAICompatibleSettings>;
  /** Job messages ("Step 10/100: training loss=…", "Fine-tuning job started", …). */
  onLog?: (message: string) => void;
}

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

/**
 * Fine-tunes through the OpenAI fine-tuning API behind the `Trainer` interface: writes the examples as
 * chat JSONL (user = prompt, assistant = completion), uploads them (purpose "fine-tune"), creates a
 * supervised job (`n_epochs` ← epochs, `batch_size` ← batchSize, `learning_rate_multiplier` ←
 * `extra.learningRateMultiplier`: OpenAI takes a multiplier, not a rate, so `learningRate` is not sent;
 * `seed`), polls the job and its events — every `metrics` event goes to `onMetrics(step, values)` — and
 * returns the fine-tuned model as an OpenAI-compatible `LanguageModel` whose trainer continues from it
 * ("adapt" fine-tunes the fine-tuned model; "refit" starts again from `baseModel`).
 *
 * @example
 * const trainer = new OpenAIFineTuneTrainer({ client: new OpenAI(), baseModel: "gpt-4.1-mini-2025-04-14", workDir: "runs/x/ft" });
 * const { model, modelRef } = await trainer.fit(examples, { epochs: 2 }); // modelRef: "ft:gpt-4.1-mini-…:promptcot:abc123"
 */
export class OpenAIFineTuneTrainer implements Trainer {
  readonly id = "openai-fine-tune";

  constructor(
    private readonly options: OpenAIFineTuneOptions,
    private readonly current: string = options.baseModel,
    private readonly version = 0,
  ) {}

  async fit(examples: readonly TrainingExample[], hparams: FitHyperparams = {}, options: FitOptions = {}): Promise<FitResult> {
    if (examples.length === 0) throw new ConfigError(undefined, "examples", "no training examples", { remedy: "pass at least one example" });
    const { client } = this.options;
    const version = this.version + 1;
    const dir = join(this.options.workDir, `v${version}`);
    await mkdir(dir, { recursive: true });
    const upload = async (name: string, rows: readonly TrainingExample[]): Promise<string> => {
      const file = join(dir, name);
      await writeOpenAIChatJsonl(file, rows, this.options.system);
      return (await client.files.create({ file: createReadStream(file), purpose: "fine-tune" }, { signal: options.signal })).id;
    };
    const trainingFile = await upload("train.jsonl", examples);
    const validationFile = hparams.validation?.length ? await upload("validation.jsonl", hparams.validation) : undefined;
    const multiplier = hparams.extra?.learningRateMultiplier;
    const hyper: Record<string, number> = {};
    if (hparams.epochs !== undefined) hyper.n_epochs = hparams.epochs;
    if (hparams.batchSize !== undefined) hyper.batch_size = hparams.batchSize;
    if (typeof multiplier === "number") hyper.learning_rate_multiplier = multiplier;
    const w = this.options.wandb;
    let job = await client.fineTuning.jobs.create(
      {
        model: hparams.mode === "refit" ? this.options.baseModel : this.current,
        training_file: trainingFile,
        ...(validationFile ? { validation_file: validationFile } : {}),
        method: { type: "supervised", supervised: { hyperparameters: hyper } },
        ...(this.options.suffix ? { suffix: this.options.suffix } : {}),
        ...(hparams.seed !== undefined ? { seed: hparams.seed } : {}),
        ...(w ? { integrations: [{ type: "wandb" as const, wandb: { project: w.project, ...(w.entity ? { entity: w.entity } : {}), ...(w.name ? { name: w.name } : {}), ...(w.tags ? { tags: w.tags } : {}) } }] } : {}),
      },
      { signal: options.signal },
    );
    const seen = new Set<string>();
    const last: Record<string, number> = {};
    const readEvents = async (): Promise<void> => {
      const page = await client.fineTuning.jobs.listEvents(job.id, { limit: 100 }, { signal: options.signal });
      // The API lists newest first; replay oldest first.
      for (const ev of [...page.data].reverse()) {
        if (seen.has(ev.id)) continue;
        seen.add(ev.id);
        if (ev.type === "metrics" && ev.data && typeof ev.data === "object") {
          const values: Record<string, number> = {};
          for (const [k, v] of Object.entries(ev.data as Record<string, unknown>)) if (typeof v === "number" && k !== "step") values[k] = v;
          const step = Number((ev.data as { step?: unknown }).step ?? seen.size);
          Object.assign(last, values);
          options.onMetrics?.(step, values);
          const total = (ev.data as { total_steps?: unknown }).total_steps;
          if (typeof total === "number") options.onProgress?.(step, total);
        } else this.options.onLog?.(ev.message);
      }
    };
    while (!TERMINAL.has(job.status)) {
      await sleep(this.options.pollIntervalMs ?? 30_000, options.signal);
      job = await client.fineTuning.jobs.retrieve(job.id, { signal: options.signal });
      await readEvents();
    }
    await readEvents();
    if (job.status !== "succeeded" || !job.fine_tuned_model) {
      throw new PromptcotError(`fine-tuning job ${job.id} ${job.status}${job.error?.message ? `: ${job.error.message}` : ""}`, { remedy: "check the job's events (training file format, quota); the uploaded files are in " + dir });
    }
    const modelId = job.fine_tuned_model;
    const model = createOpenAICompatible({ server: "openai", apiKey: client.apiKey ?? undefined, ...this.options.inference, baseURL: this.options.inference?.baseURL ?? client.baseURL, model: modelId });
    const next = new OpenAIFineTuneTrainer(this.options, modelId, version);
    return { model: withTrainer(model, next), modelRef: modelId, metrics: { ...last, ...(job.trained_tokens ? { trained_tokens: job.trained_tokens } : {}) } };
  }
}
