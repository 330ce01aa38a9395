import { ConfigError } from "../../src/core/errors.js";
import { CORPORA } from "../corpora/corpus-registry.js";

/** One `--corpus` flag: a registered corpus key and where to read it (a local file, a glob, or an hf:// path). */
export interface CorpusFlag {
  name: string;
  /** Omitted: the corpus's default hf:// path. */
  path?: string;
}

/**
 * Parses repeated `--corpus key[=path]` flags (e.g. `--corpus openr1-math=data/openr1.parquet --corpus ours=runs/x/corpus.parquet`).
 *
 * @example parseCorpusFlags("difficulty", ["openr1-math=a.parquet"]) // [{ name: "openr1-math", path: "a.parquet" }]
 */
export function parseCorpusFlags(command: string, values: readonly string[] | undefined): CorpusFlag[] {
  if (!values?.length) throw new ConfigError(undefined, "--corpus", `promptcot ${command} needs at least one --corpus`, { remedy: `pass --corpus <key>[=<path>] with key one of ${Object.keys(CORPORA).join(", ")}` });
  return values.map((v) => {
    const eq = v.indexOf("=");
    const name = eq < 0 ? v : v.slice(0, eq);
    if (!CORPORA[name]) throw new ConfigError(undefined, "--corpus", `unknown corpus ${JSON.stringify(name)}`, { remedy: `use one of ${Object.keys(CORPORA).join(", ")}` });
    return eq < 0 ? { name } : { name, path: v.slice(eq + 1) };
  });
}
