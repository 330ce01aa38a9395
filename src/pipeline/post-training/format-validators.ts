import { readFileSync } from "node:fs";
import { InputError } from "../../core/errors.js";

/** The JSONL training formats we export and check. */
export type TrainingFormat = "trl-dpo" | "trl-sft" | "openai-chat";

/** One problem found in a row: the field path and what is wrong. */
export interface FormatIssue {
  /** 1-based line in the file (0 for a single row checked in memory). */
  line: number;
  field: string;
  problem: string;
}

type Obj = Record<string, unknown>;
const ROLES = new Set(["system", "user", "assistant", "tool"]);

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function checkMessages(value: unknown, field: string, issues: Array<[string, string]>, opts: { openai?: boolean } = {}): Obj[] {
  if (!Array.isArray(value)) {
    issues.push([field, "expected an array of chat messages"]);
    return [];
  }
  if (value.length === 0) issues.push([field, "must not be empty"]);
  value.forEach((m, i) => {
    const f = `${field}[${i}]`;
    if (!isObject(m)) return issues.push([f, "expected a message object"]);
    if (typeof m.role !== "string" || !ROLES.has(m.role)) issues.push([`${f}.role`, `invalid role ${JSON.stringify(m.role)} (expected system | user | assistant | tool)`]);
    if (typeof m.content !== "string") issues.push([`${f}.content`, "expected a string"]);
    else if (opts.openai && m.content === "") issues.push([`${f}.content`, "must not be empty"]);
    if (opts.openai) {
      for (const k of Object.keys(m)) if (!["role", "content", "name", "weight", "tool_calls", "tool_call_id"].includes(k)) issues.push([`${f}.${k}`, "unknown message field"]);
      if ("weight" in m && (m.role !== "assistant" || (m.weight !== 0 && m.weight !== 1))) issues.push([`${f}.weight`, "weight must be 0 or 1, on assistant messages only"]);
    }
  });
  return value.filter(isObject);
}

/**
 * Checks one row against a training format and returns its issues (empty when valid).
 * - `trl-dpo` (TRL DPOTrainer, conversational): `prompt` non-empty messages ending with a user turn;
 *   `chosen`/`rejected` non-empty messages starting with an assistant turn; chosen ≠ rejected.
 * - `trl-sft` (TRL SFTTrainer, conversational): `messages` non-empty with at least one assistant turn.
 * - `openai-chat` (OpenAI fine-tuning JSONL): only `messages` (plus tools/functions/parallel_tool_calls),
 *   known roles and message fields, non-empty string contents, ≥ 1 assistant message, weight 0/1.
 *
 * @example checkTrainingRow({ messages: [{ role: "user", content: "hi" }] }, "trl-sft") // [{ line: 0, field: "messages", problem: "needs at least one assistant message" }]
 */
export function checkTrainingRow(row: unknown, format: TrainingFormat, line = 0): FormatIssue[] {
  const issues: Array<[string, string]> = [];
  if (!isObject(row)) issues.push(["(row)", "expected a JSON object"]);
  else if (format === "trl-dpo") {
    const prompt = checkMessages(row.prompt, "prompt", issues);
    const chosen = checkMessages(row.chosen, "chosen", issues);
    const rejected = checkMessages(row.rejected, "rejected", issues);
    if (prompt.length && prompt[prompt.length - 1]!.role !== "user") issues.push(["prompt", "must end with a user message"]);
    if (chosen.length && chosen[0]!.role !== "assistant") issues.push(["chosen[0].role", "must be assistant"]);
    if (rejected.length && rejected[0]!.role !== "assistant") issues.push(["rejected[0].role", "must be assistant"]);
    if (chosen.length && JSON.stringify(row.chosen) === JSON.stringify(row.rejected)) issues.push(["rejected", "identical to chosen"]);
  } else {
    const openai = format === "openai-chat";
    const messages = checkMessages(row.messages, "messages", issues, { openai });
    if (messages.length && !messages.some((m) => m.role === "assistant")) issues.push(["messages", "needs at least one assistant message"]);
    if (openai) for (const k of Object.keys(row)) if (!["messages", "tools", "functions", "parallel_tool_calls"].includes(k)) issues.push([k, "unknown top-level field"]);
  }
  return issues.map(([field, problem]) => ({ line, field, problem }));
}

/** Checks every line of a JSONL file; returns the rows read and all issues with their line numbers. */
export function checkTrainingJsonl(file: string, format: TrainingFormat): { rows: number; issues: FormatIssue[] } {
  const issues: FormatIssue[] = [];
  let rows = 0;
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((text, i) => {
      if (text.trim() === "") return;
      rows++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        issues.push({ line: i + 1, field: "(row)", problem: `invalid JSON: ${(error as Error).message}` });
        return;
      }
      issues.push(...checkTrainingRow(value, format, i + 1));
    });
  return { rows, issues };
}

/** Like `checkTrainingJsonl`, but throws an InputError naming file:line and field for the first issue. */
export function assertTrainingJsonl(file: string, format: TrainingFormat): number {
  const { rows, issues } = checkTrainingJsonl(file, format);
  const first = issues[0];
  if (first) throw new InputError(file, first.line, first.field, `${first.problem} (${issues.length} issue(s) for format ${format})`, { remedy: "re-export with exportDpoPairs/exportSftExamples or fix the row" });
  return rows;
}
