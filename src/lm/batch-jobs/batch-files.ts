import { parseJsonl, readJsonl, toJsonLine, writeJsonl } from "../../core/jsonl.js";
import { parseBatchOutputLine, type BatchOutcome, type BatchRequestLine } from "./batch-lines.js";

/** Batch input JSONL text (one request line per line, newline-terminated). */
export function formatBatchInput(lines: readonly BatchRequestLine[]): string {
  return lines.map((l) => toJsonLine(l)).join("\n") + (lines.length ? "\n" : "");
}

/** Writes a batch input file atomically; returns the number of lines. */
export function writeBatchInputFile(file: string, lines: readonly BatchRequestLine[]): Promise<number> {
  return writeJsonl(file, lines);
}

/**
 * Parses output or error file text (OpenAI or `vllm run-batch`) into outcomes by custom id. A custom id
 * that appears twice keeps its successful outcome. Bad lines throw an InputError naming `source:line`.
 */
export function parseBatchOutput(text: string, source: string, batchId?: string): Map<string, BatchOutcome> {
  const { rows } = parseJsonl(text, source, { validate: (v, at) => parseBatchOutputLine(v, at, batchId) });
  return collectOutcomes(rows);
}

/** Reads an output or error file from disk (see `parseBatchOutput`). */
export async function readBatchOutputFile(file: string, batchId?: string): Promise<Map<string, BatchOutcome>> {
  const rows = await readJsonl(file, { validate: (v, at) => parseBatchOutputLine(v, at, batchId) });
  return collectOutcomes(rows);
}

function collectOutcomes(rows: readonly BatchOutcome[]): Map<string, BatchOutcome> {
  const out = new Map<string, BatchOutcome>();
  for (const row of rows) {
    const prior = out.get(row.customId);
    if (!prior || (prior.status === undefined || prior.status >= 300)) out.set(row.customId, row);
  }
  return out;
}

/** Merges outcome maps; a success wins over a failure for the same custom id. */
export function mergeOutcomes(...maps: readonly Map<string, BatchOutcome>[]): Map<string, BatchOutcome> {
  return collectOutcomes(maps.flatMap((m) => [...m.values()]));
}
