import { join } from "node:path";
import { writeJsonl } from "../../core/jsonl.js";
import type { DpoPair } from "./dpo-pairs.js";
import { assertTrainingJsonl } from "./format-validators.js";
import type { SftExample } from "./sft-data.js";
import { toAuthorsDpoRow, toAuthorsSftRow, toMessagesRow, toTrlDpoRow } from "./training-formats.js";

/** Files written by an export, with row counts. */
export interface ExportedFiles {
  [name: string]: { file: string; rows: number };
}

/**
 * Writes DPO pairs as `dpo-trl.jsonl` (TRL conversational `prompt`/`chosen`/`rejected`, validated after
 * writing) and `dpo-authors.jsonl` (the authors' Qwen-layout strings with `source`).
 *
 * @example await exportDpoPairs(pairs, run.dir) // { trl: { file: ".../dpo-trl.jsonl", rows: 12 }, authors: { … } }
 */
export async function exportDpoPairs(pairs: readonly DpoPair[], dir: string): Promise<ExportedFiles> {
  const trl = join(dir, "dpo-trl.jsonl");
  const authors = join(dir, "dpo-authors.jsonl");
  const n = await writeJsonl(trl, pairs.map(toTrlDpoRow));
  assertTrainingJsonl(trl, "trl-dpo");
  await writeJsonl(authors, pairs.map(toAuthorsDpoRow));
  return { trl: { file: trl, rows: n }, authors: { file: authors, rows: n } };
}

/**
 * Writes SFT examples as `sft-trl.jsonl` (TRL `messages`), `sft-openai.jsonl` (OpenAI chat fine-tuning;
 * both validated after writing) and `sft-authors.jsonl` (`prompt`/`completion` in the Qwen layout).
 *
 * @example await exportSftExamples(examples, run.dir) // { trl: { … }, openai: { … }, authors: { … } }
 */
export async function exportSftExamples(examples: readonly SftExample[], dir: string): Promise<ExportedFiles> {
  const trl = join(dir, "sft-trl.jsonl");
  const openai = join(dir, "sft-openai.jsonl");
  const authors = join(dir, "sft-authors.jsonl");
  const n = await writeJsonl(trl, examples.map(toMessagesRow));
  assertTrainingJsonl(trl, "trl-sft");
  await writeJsonl(openai, examples.map(toMessagesRow));
  assertTrainingJsonl(openai, "openai-chat");
  await writeJsonl(authors, examples.map(toAuthorsSftRow));
  return { trl: { file: trl, rows: n }, openai: { file: openai, rows: n }, authors: { file: authors, rows: n } };
}
