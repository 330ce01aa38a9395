// A stand-in for `trl sft --config config.yaml` that CI and notebooks can run without GPUs:
//   node --import tsx src/lm/train/trl-stand-in.ts --config <config.yaml>
// It reads the YAML config ExternalCommandTrainer writes, adapts the embedded model found at
// `model_name_or_path` (a model file, or a folder holding model.eplm) on the prompt-completion rows of
// `dataset_name/train.jsonl`, prints Hugging Face Trainer-style metric dicts (the loss is the embedded
// model's real per-token NLL on each batch before and after fitting), and writes
// `output_dir/model.eplm` and `output_dir/trainer_state.json`, so the trainer's log parsing, state
// reading and serving run exactly as with TRL.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EmbeddedModel } from "../embedded/embedded-model.js";

const args = process.argv.slice(2);
const configFile = args[args.indexOf("--config") + 1];
if (!configFile) {
  console.error("usage: trl-stand-in.ts --config <config.yaml>");
  process.exit(2);
}
const config: Record<string, unknown> = {};
for (const line of readFileSync(configFile, "utf8").split("\n")) {
  const m = /^(\w+): (.*)$/.exec(line);
  if (m) config[m[1]!] = JSON.parse(m[2]!);
}
const rows = readFileSync(join(String(config.dataset_name), "train.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { prompt: string; completion: string });
const from = String(config.model_name_or_path);
const base = await EmbeddedModel.load(from.endsWith(".eplm") ? from : join(from, "model.eplm"));
const lr = Number(config.learning_rate ?? 2e-5);
const epochs = Number(config.num_train_epochs ?? 1);
const batch = Math.max(1, Number(config.per_device_train_batch_size ?? 8));
const nll = async (model: EmbeddedModel, part: typeof rows): Promise<number> => {
  let sum = 0;
  let tokens = 0;
  for (const r of part) {
    const s = await model.doScore({ context: r.prompt, segments: [{ text: r.completion }] });
    sum -= s.total;
    tokens += s.segments[0]!.tokens;
  }
  return tokens ? sum / tokens : 0;
};
const { model, metrics } = await base.trainer!.fit(rows, { mode: "adapt", learningRate: lr, epochs, seed: Number(config.seed ?? 0) });
const trained = model as EmbeddedModel;
const stepsPerEpoch = Math.ceil(rows.length / batch);
const history: Record<string, number>[] = [];
for (let step = 1; step <= stepsPerEpoch * epochs; step++) {
  const part = rows.slice(((step - 1) % stepsPerEpoch) * batch, ((step - 1) % stepsPerEpoch) * batch + batch);
  const loss = await nll(step === 1 ? base : trained, part);
  const entry = { loss: Number(loss.toFixed(4)), learning_rate: lr, epoch: Number((step / stepsPerEpoch).toFixed(4)) };
  history.push({ ...entry, step });
  console.log(`{'loss': ${entry.loss}, 'learning_rate': ${entry.learning_rate.toExponential()}, 'epoch': ${entry.epoch}}`);
}
const summary = { train_loss: Number(((history.reduce((a, h) => a + h.loss!, 0)) / Math.max(1, history.length)).toFixed(4)), train_nll_per_token: Number((metrics.train_nll_per_token ?? 0).toFixed(4)), epoch: epochs };
console.log(`{'train_loss': ${summary.train_loss}, 'train_nll_per_token': ${summary.train_nll_per_token}, 'epoch': ${summary.epoch}}`);
history.push({ ...summary, step: stepsPerEpoch * epochs });
mkdirSync(String(config.output_dir), { recursive: true });
await trained.save(join(String(config.output_dir), "model.eplm"));
writeFileSync(join(String(config.output_dir), "trainer_state.json"), JSON.stringify({ global_step: stepsPerEpoch * epochs, epoch: epochs, log_history: history }, null, 2));
console.log(`Saved model to ${String(config.output_dir)}`);
