import { writeFile } from "node:fs/promises";
import { writeJsonl } from "../../core/jsonl.js";
import type { TrainingExample } from "../trainer.js";

/** One DPO preference row (TRL's "prompt / chosen / rejected" format). */
export interface PreferenceExample {
  prompt: string;
  chosen: string;
  rejected: string;
}

/**
 * Writes SFT examples as TRL prompt-completion JSONL (`{"prompt", "completion"}`): TRL computes the loss
 * on the completion only (`completion_only_loss`), matching `TrainingExample`'s masking. Weights other
 * than 1 repeat the row ⌈weight⌉ times (TRL has no per-row weights). Returns the row count.
 */
export function writeSftJsonl(file: string, examples: readonly TrainingExample[]): Promise<number> {
  const rows = examples.flatMap((e) => Array.from({ length: Math.max(1, Math.ceil(e.weight ?? 1)) }, () => ({ prompt: e.prompt, completion: e.completion })));
  return writeJsonl(file, rows);
}

/** Writes DPO pairs as TRL preference JSONL. */
export function writeDpoJsonl(file: string, pairs: readonly PreferenceExample[]): Promise<number> {
  return writeJsonl(file, pairs.map((p) => ({ prompt: p.prompt, chosen: p.chosen, rejected: p.rejected })));
}

/** Writes SFT examples in OpenAI's chat fine-tuning format (`{"messages": [user, assistant]}`). */
export function writeOpenAIChatJsonl(file: string, examples: readonly TrainingExample[], system?: string): Promise<number> {
  return writeJsonl(file, examples.map((e) => ({ messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: e.prompt }, { role: "assistant", content: e.completion }] })));
}

function yamlValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v); // a JSON string is a valid YAML double-quoted scalar
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v === null || v === undefined) return "null";
  return JSON.stringify(v); // flow style: JSON is YAML
}

/**
 * Writes a flat TRL/transformers config as YAML (`trl sft --config file.yaml` reads it; keys are
 * `TrainingArguments` / `SFTConfig` / `DPOConfig` fields plus `model_name_or_path`, `dataset_name`).
 */
export async function writeTrainerConfig(file: string, config: Record<string, unknown>): Promise<void> {
  const lines = Object.entries(config).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${yamlValue(v)}`);
  await writeFile(file, `# written by promptcot-lab\n${lines.join("\n")}\n`);
}
