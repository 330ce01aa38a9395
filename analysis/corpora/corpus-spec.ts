import type { SourceFormat } from "../../src/store/sources.js";

/** Which problems a corpus holds ("mixed" corpora carry a per-row domain column). */
export type CorpusDomain = "math" | "code" | "mixed";

/**
 * How one public corpus maps onto our columns. Each mapping is a DuckDB SQL expression over the corpus's own
 * columns (so nested fields like `conversations[1].value` and chat-template stripping run inside DuckDB, over
 * millions of rows, without materialising them in JS).
 */
export interface CorpusSpec {
  /** Short key, e.g. "openmathreasoning". */
  name: string;
  /** Display label for charts and tables, e.g. "OpenMathReasoning". */
  label: string;
  /** Hugging Face dataset id (the repository), e.g. "nvidia/OpenMathReasoning". */
  hfDataset: string;
  /** Default `hf://` glob DuckDB reads (needs network and DuckDB's httpfs extension; never used in tests). */
  hfPath: string;
  /** File format of `hfPath` and of local copies in the same schema. */
  format: SourceFormat;
  domain: CorpusDomain;
  /** The problem statement (required). */
  problem: string;
  /** A row id; default: a hash of the problem text. */
  id?: string;
  /** Per-row domain ("math" | "code") for mixed corpora; default: the spec's domain. */
  rowDomain?: string;
  /** Gold or reference final answer, when the corpus has one. */
  answer?: string;
  /** A reference response (reasoning trace + answer), when the corpus has one. */
  response?: string;
  /** Where the row came from inside the corpus (sub-source), when known. */
  source?: string;
  /** The raw columns the mapping reads: fixtures must have them, and `checkCorpusColumns` verifies them. */
  requiredColumns: readonly string[];
  /** How the column names were established (dataset card, official code, …) and what is assumed. */
  provenance: string;
}

/** One problem of a corpus in our shape. */
export interface CorpusItem {
  /** Corpus key (CorpusSpec.name). */
  corpus: string;
  id: string;
  domain: "math" | "code" | string;
  problem: string;
  answer?: string;
  response?: string;
  source?: string;
}
