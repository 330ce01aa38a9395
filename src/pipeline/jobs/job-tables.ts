import { defineTable } from "../../store/table-spec.js";

/** One synthesized problem with its lineage and what became of it (one row per generation that parsed). */
export interface CandidateRow {
  problem_id: string;
  concept_set_id: string;
  domain: string;
  level: string;
  concepts: string[];
  rationale: string;
  problem: string;
  /** Generator model id (content hash of the embedded model's state). */
  model_version: string;
  seed: number;
  sample_index: number;
  /** "kept", or the step that dropped it. */
  status: "kept" | "dedup" | "decontaminate";
  duplicate_of: string | null;
  /** Word-set Jaccard with `duplicate_of`. */
  jaccard: number | null;
  drop_reason: string | null;
}

export const candidatesTable = defineTable<CandidateRow>({
  name: "candidates",
  columns: {
    problem_id: "VARCHAR",
    concept_set_id: "VARCHAR",
    domain: "VARCHAR",
    level: "VARCHAR",
    concepts: "VARCHAR[]",
    rationale: "VARCHAR",
    problem: "VARCHAR",
    model_version: "VARCHAR",
    seed: "INTEGER",
    sample_index: "INTEGER",
    status: "VARCHAR",
    duplicate_of: "VARCHAR",
    jaccard: "DOUBLE",
    drop_reason: "VARCHAR",
  },
  primaryKey: ["problem_id"],
});

/** One n-gram overlap between a synthesized problem and a benchmark item (kept or dropped). */
export interface AuditRow {
  problem_id: string;
  benchmark: string;
  item_id: string;
  /** n-gram size in tokens. */
  n: number;
  /** The first shared n-gram. */
  ngram: string;
  /** Shared n-grams of this size. */
  count: number;
  whole_item: boolean;
}

export const auditTable = defineTable<AuditRow>({
  name: "contamination_audit",
  columns: { problem_id: "VARCHAR", benchmark: "VARCHAR", item_id: "VARCHAR", n: "INTEGER", ngram: "VARCHAR", count: "INTEGER", whole_item: "BOOLEAN" },
  primaryKey: ["problem_id", "benchmark", "item_id", "n"],
});

/** Row counts after each step, per domain and for "all". */
export interface FunnelRow {
  domain: string;
  order: number;
  step: string;
  count: number;
}

export const funnelTable = defineTable<FunnelRow>({
  name: "funnel",
  columns: { domain: "VARCHAR", order: "INTEGER", step: "VARCHAR", count: "INTEGER" },
  primaryKey: ["domain", "order"],
});
