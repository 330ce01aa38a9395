import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ConfigError, PromptcotError } from "../../core/errors.js";
import type { FitHyperparams, FitOptions, FitResult, Trainer, TrainingExample } from "../trainer.js";
import type { ServedModel, ServeOutput } from "./serve-output.js";
import { writeDpoJsonl, writeSftJsonl, writeTrainerConfig, type PreferenceExample } from "./training-files.js";
import { parseTrainerLogLine, readTrainerState, summarizeTrainerState, type MetricRow } from "./trl-logs.js";
import { withTrainer } from "./with-trainer.js";

/** How the training process is started; `{config}` in custom commands is the config file. */
export type Launcher =
  | { type: "trl" }
  | { type: "accelerate"; script: string; numProcesses?: number; configFile?: string }
  | { type: "torchrun"; script: string; nprocPerNode?: number }
  | { type: "command"; command: readonly string[] };

export interface ExternalCommandTrainerOptions {
  /** "sft" (default): `TrainingExample`s; "dpo": preference rows from `hparams.extra.preferences`. */
  objective?: "sft" | "dpo";
  /** The model the first fit starts from (HF name or folder); later "adapt" fits start from the last output. */
  baseModel: string;
  /** Datasets, configs and outputs go to `<workDir>/<name>-v<k>/`. */
  workDir: string;
  /** Prefix of version names and served model names. Default "promptcot". */
  name?: string;
  /** Default `{ type: "trl" }`: `trl sft|dpo --config <file>`. */
  launcher?: Launcher;
  /** Extra config keys (TrainingArguments / SFTConfig / DPOConfig), e.g. `{ bf16: true, max_length: 4096 }`. */
  config?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Serves a trained output folder (see `serveWithCommand`). */
  serve: ServeOutput;
  /** Every output line of the training process. */
  onLog?: (line: string) => void;
}

/** Models served by a chain of trainers, so they can be stopped together. */
class ServedRegistry {
  readonly served: ServedModel[] = [];
  async closeAll(): Promise<void> {
    await Promise.all(this.served.splice(0).map((s) => s.close()));
  }
}

/**
 * Trains with an external command — TRL's `trl sft` / `trl dpo`, a script under `accelerate launch` or
 * `torchrun` — behind the `Trainer` interface, so the EM loop runs unchanged on it. Each fit:
 *  1. writes the dataset (TRL prompt-completion or preference JSONL, `train.jsonl` / `validation.jsonl`
 *     in a folder that `load_dataset(folder)` reads) and a YAML config (`model_name_or_path`,
 *     `dataset_name`, `output_dir`, learning rate, epochs, batch size, seed, then `config`);
 *  2. launches the command, streams its lines to `onLog`, and parses every metrics dict the HF Trainer
 *     prints (`{'loss': …, 'learning_rate': …, 'epoch': …}`) into `onMetrics`;
 *  3. reads `trainer_state.json` (output folder or its newest checkpoint) for the summary metrics;
 *  4. serves the output with `serve` and returns that model, carrying a trainer that continues from it.
 *
 * @example
 * const trainer = new ExternalCommandTrainer({ baseModel: "Qwen/Qwen2.5-7B-Instruct", workDir: "runs/x/train",
 *   launcher: { type: "accelerate", script: "sft.py", numProcesses: 8 },
 *   serve: serveWithCommand({ command: ["vllm", "serve", "{output_dir}", "--port", "{port}", "--served-model-name", "{name}"], settings: { server: "vllm" } }) });
 * const { model, metrics } = await trainer.fit(examples, { learningRate: 2e-5, epochs: 1 });
 */
export class ExternalCommandTrainer implements Trainer {
  readonly id: string;
  private readonly registry: ServedRegistry;

  constructor(
    private readonly options: ExternalCommandTrainerOptions,
    /** The model the next "adapt" fit starts from (a folder written by an earlier fit). */
    private readonly current: string = options.baseModel,
    private readonly version = 0,
    registry?: ServedRegistry,
  ) {
    this.id = `external:${options.launcher?.type ?? "trl"}:${options.objective ?? "sft"}`;
    this.registry = registry ?? new ServedRegistry();
  }

  /** Stops every model server this trainer chain started. */
  close(): Promise<void> {
    return this.registry.closeAll();
  }

  private command(configFile: string): string[] {
    const l = this.options.launcher ?? { type: "trl" };
    const objective = this.options.objective ?? "sft";
    switch (l.type) {
      case "trl":
        return ["trl", objective, "--config", configFile];
      case "accelerate":
        return ["accelerate", "launch", ...(l.configFile ? ["--config_file", l.configFile] : []), "--num_processes", String(l.numProcesses ?? 1), l.script, "--config", configFile];
      case "torchrun":
        return ["torchrun", "--nproc_per_node", String(l.nprocPerNode ?? 1), l.script, "--config", configFile];
      case "command":
        return l.command.map((a) => a.replaceAll("{config}", configFile).replaceAll("{objective}", objective));
    }
  }

  async fit(examples: readonly TrainingExample[], hparams: FitHyperparams = {}, options: FitOptions = {}): Promise<FitResult> {
    const objective = this.options.objective ?? "sft";
    const version = this.version + 1;
    const name = `${this.options.name ?? "promptcot"}-v${version}`;
    const dir = join(this.options.workDir, name);
    const dataDir = join(dir, "data");
    const outputDir = join(dir, "output");
    await mkdir(dataDir, { recursive: true });
    if (objective === "dpo") {
      const prefs = hparams.extra?.preferences as PreferenceExample[] | undefined;
      if (!Array.isArray(prefs) || prefs.length === 0) throw new ConfigError(undefined, "hparams.extra.preferences", "a DPO trainer needs preference rows {prompt, chosen, rejected}", { remedy: "pass them as hparams.extra.preferences, or use objective 'sft'" });
      await writeDpoJsonl(join(dataDir, "train.jsonl"), prefs);
    } else {
      if (examples.length === 0) throw new ConfigError(undefined, "examples", "no training examples", { remedy: "pass at least one example" });
      await writeSftJsonl(join(dataDir, "train.jsonl"), examples);
    }
    if (hparams.validation?.length) await writeSftJsonl(join(dataDir, "validation.jsonl"), hparams.validation);
    const loggingSteps = Number(this.options.config?.logging_steps ?? 10);
    const configFile = join(dir, "config.yaml");
    await writeTrainerConfig(configFile, {
      model_name_or_path: hparams.mode === "refit" ? this.options.baseModel : this.current,
      dataset_name: dataDir,
      output_dir: outputDir,
      learning_rate: hparams.learningRate,
      num_train_epochs: hparams.epochs,
      per_device_train_batch_size: hparams.batchSize,
      seed: hparams.seed,
      logging_steps: loggingSteps,
      report_to: "none",
      ...(hparams.validation?.length ? { eval_strategy: "epoch" } : {}),
      ...(objective === "sft" ? { completion_only_loss: true } : {}),
      ...this.options.config,
    });

    const streamed = await this.launch(this.command(configFile), loggingSteps, options);
    const metrics = await this.summary(outputDir, streamed);
    options.onProgress?.(1, 1);
    const served = await this.options.serve(outputDir, name);
    this.registry.served.push(served);
    const next = new ExternalCommandTrainer(this.options, outputDir, version, this.registry);
    return { model: withTrainer(served.model, next), modelRef: outputDir, metrics };
  }

  private async launch(argv: string[], loggingSteps: number, options: FitOptions): Promise<MetricRow> {
    const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...this.options.env }, stdio: ["ignore", "pipe", "pipe"], signal: options.signal });
    const tail: string[] = [];
    const last: MetricRow = {};
    let rows = 0;
    const onLine = (raw: string): void => {
      // Progress bars redraw with \r; the last segment is what a terminal shows.
      for (const line of raw.split("\r")) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        this.options.onLog?.(line);
        const row = parseTrainerLogLine(line);
        if (!row) continue;
        rows++;
        const step = row.step ?? rows * loggingSteps;
        Object.assign(last, row);
        options.onMetrics?.(step, row);
      }
    };
    createInterface({ input: child.stdout! }).on("line", onLine);
    createInterface({ input: child.stderr! }).on("line", onLine);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (c) => resolve(c));
    });
    if (code !== 0) throw new PromptcotError(`${argv.join(" ")} exited with code ${code}; last output:\n${tail.join("\n")}`, { remedy: "read the trainer's log above; the dataset and config are kept next to the output folder" });
    return last;
  }

  private async summary(outputDir: string, streamed: MetricRow): Promise<MetricRow> {
    let stateFile = join(outputDir, "trainer_state.json");
    if (!existsSync(stateFile) && existsSync(outputDir)) {
      const checkpoints = (await readdir(outputDir)).filter((d) => /^checkpoint-\d+$/.test(d)).sort((a, b) => Number(a.split("-")[1]) - Number(b.split("-")[1]));
      if (checkpoints.length) stateFile = join(outputDir, checkpoints.at(-1)!, "trainer_state.json");
    }
    if (!existsSync(stateFile)) return streamed;
    return { ...streamed, ...summarizeTrainerState(await readTrainerState(stateFile)) };
  }
}
