import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeJsonl } from "../../core/jsonl.js";
import { writeParquet } from "../../store/files.js";
import { renderCodeSolvingPrompt, renderMathSolvingPrompt } from "../../prompts/solving.js";
import type { CandidateRow } from "./job-tables.js";

/** The files of a written corpus. */
export interface CorpusFiles {
  /** Every kept problem with its lineage (concept set, model version, seed, rationale). */
  parquet: string;
  /** Same rows as JSONL. */
  lineageJsonl: string;
  /** `{prompt}` rows in the authors' format: the problem wrapped in the math or code solving template. */
  promptsJsonl: string;
  count: number;
}

/** The authors' `prompt` of a problem: math gets the boxed-answer instruction, code the LiveCodeBench stdin template. */
export function authorsPrompt(row: Pick<CandidateRow, "domain" | "problem">): string {
  return row.domain === "code" ? renderCodeSolvingPrompt(row.problem) : renderMathSolvingPrompt(row.problem);
}

/** Writes the corpus folder: problems.parquet, problems.jsonl (lineage) and prompts.jsonl (authors' format). */
export async function writeCorpus(dir: string, rows: readonly CandidateRow[]): Promise<CorpusFiles> {
  mkdirSync(dir, { recursive: true });
  const files = { parquet: join(dir, "problems.parquet"), lineageJsonl: join(dir, "problems.jsonl"), promptsJsonl: join(dir, "prompts.jsonl") };
  const lineage = rows.map((r) => ({ ...r, prompt: authorsPrompt(r) }));
  await writeParquet(files.parquet, lineage);
  await writeJsonl(files.lineageJsonl, lineage);
  await writeJsonl(files.promptsJsonl, rows.map((r) => ({ prompt: authorsPrompt(r) })));
  return { ...files, count: rows.length };
}
