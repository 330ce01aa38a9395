import { defineTable } from "../../store/table-spec.js";

/** One graded sample, as stored in the run's DuckDB store (`eval_verdicts`). */
export interface EvalVerdictRow {
  /** contentHash of (benchmark, item, sample index, request hash, grader): the resume key. */
  verdict_key: string;
  run_id: string;
  benchmark: string;
  item_id: string;
  /** Sample index within the item's k samples (0-based). */
  sample_index: number;
  model_id: string;
  /** contentHash of the model id and the generation request (prompt, decoding): changes when either does. */
  request_hash: string;
  /** Grader version (MATH_GRADER / CODE_GRADER). */
  grader: string;
  /** VerdictKind: pass, wrong_answer, no_answer, time_limit, runtime_error, … */
  verdict: string;
  correct: boolean;
  /** Math: the extracted final answer. */
  extracted?: string;
  /** Code: sha256 of the extracted program. */
  code_hash?: string;
  detail?: string;
  tests_passed?: number;
  tests_total?: number;
  /** sha256 of the sample text: a verdict is reused only for the same text. */
  text_sha256: string;
  /** Generated tokens, when the backend reports them. */
  output_tokens?: number;
  /** Unified finish reason ("stop", "length", …). */
  finish_reason: string;
  /** The sample came from the request cache (an earlier, possibly killed, run). */
  cached: boolean;
  graded_at: Date;
}

export const EVAL_VERDICTS = defineTable<EvalVerdictRow>({
  name: "eval_verdicts",
  columns: {
    verdict_key: "VARCHAR",
    run_id: "VARCHAR",
    benchmark: "VARCHAR",
    item_id: "VARCHAR",
    sample_index: "INTEGER",
    model_id: "VARCHAR",
    request_hash: "VARCHAR",
    grader: "VARCHAR",
    verdict: "VARCHAR",
    correct: "BOOLEAN",
    extracted: "VARCHAR",
    code_hash: "VARCHAR",
    detail: "VARCHAR",
    tests_passed: "INTEGER",
    tests_total: "INTEGER",
    text_sha256: "VARCHAR",
    output_tokens: "INTEGER",
    finish_reason: "VARCHAR",
    cached: "BOOLEAN",
    graded_at: "TIMESTAMP",
  },
  primaryKey: ["verdict_key"],
});

/** One metric of one benchmark in one run (`eval_results`); values are fractions in [0, 1] or Elo points. */
export interface EvalResultRow {
  run_id: string;
  benchmark: string;
  /** e.g. "avg@16", "pass@1", "pass@8", "maj@16", "elo". */
  metric: string;
  value: number;
  /** Standard error across problems (fractions) when defined. */
  standard_error?: number;
  problems: number;
  samples_per_problem: number;
  /** The paper column it compares with, when any. */
  paper_column?: string;
  model_id: string;
  /** Decoding settings and prompt format, as JSON. */
  settings: Record<string, unknown>;
  note?: string;
  created_at: Date;
}

export const EVAL_RESULTS = defineTable<EvalResultRow>({
  name: "eval_results",
  columns: {
    run_id: "VARCHAR",
    benchmark: "VARCHAR",
    metric: "VARCHAR",
    value: "DOUBLE",
    standard_error: "DOUBLE",
    problems: "INTEGER",
    samples_per_problem: "INTEGER",
    paper_column: "VARCHAR",
    model_id: "VARCHAR",
    settings: "JSON",
    note: "VARCHAR",
    created_at: "TIMESTAMP",
  },
  primaryKey: ["run_id", "benchmark", "metric"],
});
