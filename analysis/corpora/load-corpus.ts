import { Store } from "../../src/store/database.js";
import { sourceSql, type SourceFormat } from "../../src/store/sources.js";
import { quoteLiteral } from "../../src/store/table-spec.js";
import { InputError, errorMessage } from "../../src/core/errors.js";
import { CORPORA } from "./corpus-registry.js";
import type { CorpusItem, CorpusSpec } from "./corpus-spec.js";

export interface LoadCorpusOptions {
  /** Local Parquet/JSONL file or glob in the corpus's schema, or an `hf://` path. Default: the spec's `hfPath`. */
  path?: string;
  /** Format of `path` when its extension does not say. Default: from the extension, else the spec's format. */
  format?: SourceFormat;
  /** Keep only this domain (rows whose mapped domain differs are skipped). */
  domain?: "math" | "code";
  /** Seeded uniform sample of this many rows (the paper's difficulty protocol samples 1,000). Default: all rows. */
  sample?: number;
  /** Seed of the sample. Default 0. */
  seed?: number;
  /** Drop rows whose problem text repeats (OpenMathReasoning has several solutions per problem). Default true. */
  distinctProblems?: boolean;
  /** Order rows by id (default true; aggregations over millions of rows skip the sort with false). Samples are always ordered. */
  ordered?: boolean;
}

/** A corpus spec by name, or the spec itself. */
export type CorpusRef = string | CorpusSpec;

export function resolveCorpus(ref: CorpusRef): CorpusSpec {
  if (typeof ref !== "string") return ref;
  const spec = CORPORA[ref];
  if (!spec) throw new InputError("corpus", undefined, "name", `unknown corpus ${JSON.stringify(ref)}`, { remedy: `use one of ${Object.keys(CORPORA).join(", ")} or pass a CorpusSpec` });
  return spec;
}

function pathOf(spec: CorpusSpec, options: LoadCorpusOptions): string {
  const path = options.path ?? spec.hfPath;
  if (!path) throw new InputError(spec.name, undefined, "path", "no path given and the corpus has no default hf:// path", { remedy: "pass options.path (a local Parquet or JSONL file)" });
  return path;
}

/** The explicit format, else none when the path's extension says it (sourceSql infers it), else the spec's. */
function formatOf(spec: CorpusSpec, path: string, options: LoadCorpusOptions): SourceFormat | undefined {
  if (options.format) return options.format;
  return /\.(parquet|jsonl|ndjson|json|csv|tsv)(\.gz|\.zst)?$/i.test(path) ? undefined : spec.format;
}

/**
 * The SQL `SELECT` that maps a corpus file onto CorpusItem columns (corpus, id, domain, problem, answer, response,
 * source), with the domain filter, problem de-duplication and the seeded sample applied. Usable inside larger
 * DuckDB queries (aggregations over millions of rows never reach JS).
 *
 * The sample orders rows by `hash(seed || id)`: deterministic for a given seed and DuckDB version, uniform, and
 * independent of file order and thread count (DuckDB's `USING SAMPLE … REPEATABLE` is not, with several threads).
 *
 * @example corpusSelectSql("openr1-math", { path: "openr1.parquet", sample: 1000, seed: 1 }) // "SELECT … LIMIT 1000"
 */
export function corpusSelectSql(ref: CorpusRef, options: LoadCorpusOptions = {}): string {
  const spec = resolveCorpus(ref);
  const path = pathOf(spec, options);
  const src = sourceSql(path, formatOf(spec, path, options));
  const domainExpr = spec.rowDomain ?? quoteLiteral(spec.domain);
  const opt = (expr: string | undefined) => (expr ? `CAST(${expr} AS VARCHAR)` : "CAST(NULL AS VARCHAR)");
  const mapped = `SELECT ${quoteLiteral(spec.name)} AS corpus,
    CAST(${spec.id ?? "NULL"} AS VARCHAR) AS raw_id,
    CAST(${domainExpr} AS VARCHAR) AS domain,
    CAST(${spec.problem} AS VARCHAR) AS problem,
    ${opt(spec.answer)} AS answer, ${opt(spec.response)} AS response, ${opt(spec.source)} AS source
    FROM ${src}`;
  const distinct = options.distinctProblems ?? true;
  const seed = quoteLiteral(String(options.seed ?? 0));
  const where = [`problem IS NOT NULL`, `length(trim(problem)) > 0`, ...(options.domain ? [`domain = ${quoteLiteral(options.domain)}`] : [])].join(" AND ");
  const keyed = `SELECT corpus, coalesce(raw_id, 'h' || substr(md5(problem), 1, 16)) AS id, domain, problem, answer, response, source FROM mapped WHERE ${where}`;
  const deduped = distinct ? `SELECT * FROM keyed QUALIFY row_number() OVER (PARTITION BY problem ORDER BY id) = 1` : `SELECT * FROM keyed`;
  const order = options.sample !== undefined ? ` ORDER BY hash(${seed} || id), id LIMIT ${Math.max(0, Math.floor(options.sample))}` : options.ordered === false ? "" : " ORDER BY id";
  return `WITH mapped AS (${mapped}), keyed AS (${keyed}), deduped AS (${deduped}) SELECT * FROM deduped${order}`;
}

/**
 * Verifies that a file has the raw columns a corpus mapping reads, so a schema change fails with the file and the
 * missing field named instead of a DuckDB binder error.
 */
export async function checkCorpusColumns(ref: CorpusRef, options: Pick<LoadCorpusOptions, "path" | "format"> = {}, store?: Store): Promise<string[]> {
  const spec = resolveCorpus(ref);
  const path = pathOf(spec, options);
  const db = store ?? (await Store.open(":memory:"));
  try {
    let columns: string[];
    try {
      const rows = await db.query<{ column_name: string }>(`DESCRIBE SELECT * FROM ${sourceSql(path, formatOf(spec, path, options))}`);
      columns = rows.map((r) => r.column_name);
    } catch (error) {
      throw new InputError(path, undefined, undefined, `cannot read as ${spec.label}: ${errorMessage(error)}`, { cause: error, remedy: "check the path and format (Parquet or JSONL)" });
    }
    const missing = spec.requiredColumns.filter((c) => !columns.includes(c));
    if (missing.length) {
      throw new InputError(path, undefined, missing[0], `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of the ${spec.label} schema (has ${columns.join(", ")})`, {
        remedy: `pass a file in the ${spec.hfDataset || spec.name} schema, or a CorpusSpec whose mapping matches these columns`,
      });
    }
    return columns;
  } finally {
    if (!store) await db.close();
  }
}

/**
 * Loads a corpus (local Parquet/JSONL or `hf://`) through DuckDB with the corpus's column mapping.
 *
 * @example const items = await loadCorpus("openmathreasoning", { path: "datasets/fixtures/corpora/openmathreasoning.jsonl", sample: 10, seed: 1 })
 * // items[0] → { corpus: "openmathreasoning", id: "h…", domain: "math", problem: "…", answer: "…", … }
 */
export async function loadCorpus(ref: CorpusRef, options: LoadCorpusOptions = {}, store?: Store): Promise<CorpusItem[]> {
  const spec = resolveCorpus(ref);
  const db = store ?? (await Store.open(":memory:"));
  try {
    await checkCorpusColumns(spec, options, db);
    const rows = await db.query<Record<string, string | null>>(corpusSelectSql(spec, options));
    return rows.map((r) => {
      const item: CorpusItem = { corpus: r.corpus!, id: r.id!, domain: r.domain ?? spec.domain, problem: r.problem! };
      if (r.answer != null) item.answer = r.answer;
      if (r.response != null) item.response = r.response;
      if (r.source != null) item.source = r.source;
      return item;
    });
  } finally {
    if (!store) await db.close();
  }
}
