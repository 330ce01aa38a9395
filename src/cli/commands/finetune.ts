import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { readJsonl } from "../../core/jsonl.js";
import { expectObject, expectString } from "../../core/validate.js";
import { buildModels, loadConfig } from "../../config/index.js";
import type { FitHyperparams, TrainingExample } from "../../lm/trainer.js";

export const FINETUNE_USAGE = `usage: promptcot finetune --config FILE --role ROLE --data FILE [options]
  --data        JSONL of {prompt, completion} rows (SFT) or {prompt, chosen, rejected} rows (DPO trainers)
  --validation  JSONL of {prompt, completion} rows for validation metrics
  --lr          learning rate (paper: 2e-5 cold start, 2e-6 EM, 1e-6 self-play)
  --epochs, --batch-size, --seed
  --mode        adapt (default: continue from the role's model) | refit (from its base model)
  --work-dir    folder for datasets, configs and outputs (default: a temp folder)
Trains the role's model with the trainer its config names (embedded, openai-fine-tune, external-command)
and prints the metrics and the new model reference.`;

/** `promptcot finetune`: one training job with a role's trainer. */
export const finetuneCommand: Command = {
  summary: "fine-tune a config role's model with its trainer (embedded, OpenAI fine-tuning, TRL/accelerate/torchrun)",
  help: FINETUNE_USAGE,
  async run(argv) {
    const { values } = parseFlags("finetune", argv, {
      config: { type: "string" },
      role: { type: "string" },
      data: { type: "string" },
      validation: { type: "string" },
      lr: { type: "string" },
      epochs: { type: "string" },
      "batch-size": { type: "string" },
      seed: { type: "string" },
      mode: { type: "string" },
      "work-dir": { type: "string" },
    });
    for (const flag of ["config", "role", "data"] as const) if (!values[flag]) throw new ConfigError(undefined, `--${flag}`, "required", { remedy: FINETUNE_USAGE });
    if (values.mode !== undefined && values.mode !== "adapt" && values.mode !== "refit") throw new ConfigError(undefined, "--mode", `invalid value ${JSON.stringify(values.mode)} (expected adapt | refit)`);
    const { config } = await loadConfig(values.config!);
    const workDir = values["work-dir"] ?? (await mkdtemp(join(tmpdir(), "promptcot-finetune-")));
    const built = await buildModels(config, { workDir, only: [values.role!], file: values.config, onTrainerLog: (_r, line) => console.log(`  | ${line}`) });
    try {
      const model = built.model(values.role!);
      if (!model.trainer) throw new ConfigError(values.config, `models.${values.role}.trainer`, "this role has no trainer", { remedy: "add a trainer: { kind: external-command | openai-fine-tune } (embedded models train themselves)" });
      const rows = await readJsonl<Record<string, unknown>>(values.data!, { validate: (v, at) => expectObject(v, at) });
      const dpo = rows.length > 0 && typeof rows[0]!.chosen === "string";
      const examples: TrainingExample[] = dpo ? [] : rows.map((r, i) => ({ prompt: expectString(r, "prompt", { file: values.data!, line: i + 1 }), completion: expectString(r, "completion", { file: values.data!, line: i + 1 }) }));
      const hparams: FitHyperparams = { mode: (values.mode as "adapt" | "refit" | undefined) ?? "adapt" };
      if (values.lr) hparams.learningRate = numberFlag("finetune", "lr", values.lr, 0, { min: 0 });
      if (values.epochs) hparams.epochs = numberFlag("finetune", "epochs", values.epochs, 1, { min: 0 });
      if (values["batch-size"]) hparams.batchSize = numberFlag("finetune", "batch-size", values["batch-size"], 1, { integer: true, min: 1 });
      if (values.seed) hparams.seed = numberFlag("finetune", "seed", values.seed, 0, { integer: true, min: 0 });
      if (values.validation) hparams.validation = await readJsonl<TrainingExample>(values.validation);
      if (dpo) hparams.extra = { preferences: rows };
      const result = await model.trainer.fit(examples, hparams, { onMetrics: (step, m) => console.log(`step ${step}: ${Object.entries(m).map(([k, v]) => `${k}=${Number(v.toPrecision(4))}`).join(" ")}`) });
      console.log(`trained ${result.model.modelId} (${model.trainer.id}): ${result.modelRef}`);
      console.log(JSON.stringify(result.metrics));
      return 0;
    } finally {
      await built.close();
    }
  },
};
