import { join } from "node:path";
import { ConfigError } from "../../core/errors.js";
import { projectPath } from "../../core/paths.js";
import { BENCHMARK_FORMATS, type BenchmarkFormat, type BenchmarkSource } from "../../datasets/benchmarks.js";
import { PAPER_BENCHMARKS, type PaperBenchmark } from "../../datasets/paper-tables.js";

/** What a benchmark's answers are graded as. */
export type EvalKind = "math" | "code";

/** One benchmark to evaluate: where its items come from and how they are sampled and scored. */
export interface EvalBenchmark {
  /** Name in tables, metric names and the verdict table, e.g. "aime24". */
  name: string;
  kind: EvalKind;
  source: BenchmarkSource;
  /** Samples per problem (paper: 16 for math, 8 for Codeforces, 1 for LiveCodeBench). */
  samples: number;
  /** The paper's column this benchmark is compared with. */
  paperColumn?: PaperBenchmark;
  /** Rate the results on the Codeforces Elo scale (CodeElo contests or problem ratings). */
  elo?: boolean;
  /** Shown next to the measured value, e.g. "our 10-problem AIME-style fixture, not AIME 24". */
  note?: string;
}

/** Folders the presets resolve against. */
export interface PresetDirs {
  /** Folder with the authors' `promptcot2_*_test.jsonl` files. Default "data". */
  dataDir?: string;
  /** Folder with the rebuilt LiveCodeBench `{global_id}.json` test files. Default `<dataDir>/lcb_tests`. */
  lcbTestsDir?: string;
}

const FIXTURES = (...p: string[]) => projectPath("datasets", "benchmarks", ...p);

/** The paper's six benchmark files (official_code.md §6.1) with the paper's sample counts. */
function paperPresets(dirs: PresetDirs): EvalBenchmark[] {
  const data = dirs.dataDir ?? "data";
  const tests = dirs.lcbTestsDir ?? join(data, "lcb_tests");
  const file = (name: string) => join(data, `promptcot2_${name}_test.jsonl`);
  return [
    { name: "aime24", kind: "math", source: { path: file("aime24"), format: "authors-math", benchmark: "aime24" }, samples: 16, paperColumn: "AIME 24" },
    { name: "aime25", kind: "math", source: { path: file("aime25"), format: "authors-math", benchmark: "aime25" }, samples: 16, paperColumn: "AIME 25" },
    { name: "hmmt25", kind: "math", source: { path: file("hmmt25"), format: "authors-math", benchmark: "hmmt25" }, samples: 16, paperColumn: "HMMT Feb 25" },
    { name: "lcb_v5", kind: "code", source: { path: file("lcb_v5"), format: "authors-lcb", benchmark: "lcb_v5", testsDir: tests }, samples: 1, paperColumn: "LCB v5" },
    { name: "lcb_v6", kind: "code", source: { path: file("lcb_v6"), format: "authors-lcb", benchmark: "lcb_v6", testsDir: tests }, samples: 1, paperColumn: "LCB v6" },
    {
      name: "codeforces",
      kind: "code",
      source: { path: file("codeforces"), format: "authors-codeforces", benchmark: "codeforces" },
      samples: 8,
      paperColumn: "Codeforces Elo",
      elo: true,
      note: "the authors' file has only sample tests and no problem ids or ratings: pass rates are a proxy, and Elo needs ratings or --contests",
    },
  ];
}

/**
 * The same benchmarks from their upstream Hugging Face datasets, read by DuckDB over `hf://` (needs network and
 * DuckDB's httpfs extension). LiveCodeBench is every release file filtered to the paper's date windows
 * (v5: 2024-08-01 … 2025-01-31, v6: 2025-02-01 … 2025-05-31, both days inclusive); problem counts can differ from
 * the authors' 279 / 131 when later releases added problems inside a window. CodeElo rows carry problem ratings.
 */
function hubPresets(): EvalBenchmark[] {
  const lcb = (window: "v5" | "v6"): EvalBenchmark => ({
    name: `hf-lcb-${window}`,
    kind: "code",
    source: {
      path: "hf://datasets/livecodebench/code_generation_lite/test*.jsonl",
      format: "upstream-lcb",
      benchmark: `hf-lcb-${window}`,
      ...(window === "v5" ? { from: "2024-08-01", to: "2025-01-31" } : { from: "2025-02-01", to: "2025-05-31" }),
    },
    samples: 1,
    paperColumn: window === "v5" ? "LCB v5" : "LCB v6",
    note: `livecodebench/code_generation_lite, ${window} date window`,
  });
  const math = (name: string, path: string, paperColumn: PaperBenchmark): EvalBenchmark => ({
    name,
    kind: "math",
    source: { path, format: "upstream-math", benchmark: name },
    samples: 16,
    paperColumn,
    note: `${path.replace(/^hf:\/\/datasets\/([^/]+\/[^/]+).*$/, "$1")}, without the authors' chat prompt (use --prompt-format chat or solving)`,
  });
  return [
    math("hf-aime24", "hf://datasets/HuggingFaceH4/aime_2024/**/*.parquet", "AIME 24"),
    math("hf-aime25", "hf://datasets/MathArena/aime_2025/**/*.parquet", "AIME 25"),
    math("hf-hmmt25", "hf://datasets/MathArena/hmmt_feb_2025/**/*.parquet", "HMMT Feb 25"),
    lcb("v5"),
    lcb("v6"),
    {
      name: "hf-codeelo",
      kind: "code",
      source: { path: "hf://datasets/Qwen/CodeElo/test.json", format: "upstream-codeelo", benchmark: "hf-codeelo" },
      samples: 8,
      paperColumn: "Codeforces Elo",
      elo: true,
      note: "Qwen/CodeElo; tests are the statement's examples only (CodeElo judges on Codeforces itself)",
    },
  ];
}

/** Our benchmark-format fixtures (datasets/benchmarks/): original problems in the authors' and upstream layouts. */
function fixturePresets(): EvalBenchmark[] {
  const lcb = (window: "v5" | "v6"): EvalBenchmark => ({
    name: `fixture-lcb-${window}`,
    kind: "code",
    source: {
      path: FIXTURES("lcb-style.jsonl"),
      format: "authors-lcb",
      benchmark: `fixture-lcb-${window}`,
      testsDir: FIXTURES("lcb-tests"),
      ...(window === "v5" ? { from: "2024-08-01", to: "2025-01-31" } : { from: "2025-02-01", to: "2025-05-31" }),
    },
    samples: 1,
    paperColumn: window === "v5" ? "LCB v5" : "LCB v6",
    note: `our LCB-style fixture, ${window} date window — not LiveCodeBench`,
  });
  return [
    { name: "fixture-aime", kind: "math", source: { path: FIXTURES("aime-style.jsonl"), format: "authors-math", benchmark: "fixture-aime" }, samples: 16, paperColumn: "AIME 24", note: "our 10-problem AIME-style fixture — not AIME 24" },
    { name: "fixture-math-upstream", kind: "math", source: { path: FIXTURES("upstream", "math-upstream.jsonl"), format: "upstream-math", benchmark: "fixture-math-upstream" }, samples: 16, note: "our math fixture in the HuggingFaceH4/aime_2024 layout" },
    lcb("v5"),
    lcb("v6"),
    { name: "fixture-lcb-upstream", kind: "code", source: { path: FIXTURES("upstream", "lcb-upstream.jsonl"), format: "upstream-lcb", benchmark: "fixture-lcb-upstream" }, samples: 1, note: "our code fixture in the livecodebench/code_generation_lite layout" },
    { name: "fixture-codeforces", kind: "code", source: { path: FIXTURES("codeforces-style.jsonl"), format: "authors-codeforces", benchmark: "fixture-codeforces" }, samples: 8, note: "our Codeforces-style fixture in the authors' layout (no ratings)" },
    {
      name: "fixture-codeelo",
      kind: "code",
      source: { path: FIXTURES("upstream", "codeelo-upstream.jsonl"), format: "upstream-codeelo", benchmark: "fixture-codeelo" },
      samples: 8,
      paperColumn: "Codeforces Elo",
      elo: true,
      note: "our 3-problem fixture in the Qwen/CodeElo layout (with ratings) — not the CodeElo set",
    },
  ];
}

/** Named groups accepted by `--benchmarks`. */
export const BENCHMARK_GROUPS: Readonly<Record<string, readonly string[]>> = {
  paper: ["aime24", "aime25", "hmmt25", "lcb_v5", "lcb_v6", "codeforces"],
  math: ["aime24", "aime25", "hmmt25"],
  code: ["lcb_v5", "lcb_v6", "codeforces"],
  hf: ["hf-aime24", "hf-aime25", "hf-hmmt25", "hf-lcb-v5", "hf-lcb-v6", "hf-codeelo"],
  fixtures: ["fixture-aime", "fixture-lcb-v5", "fixture-lcb-v6", "fixture-codeforces", "fixture-codeelo"],
  "fixtures-all": ["fixture-aime", "fixture-math-upstream", "fixture-lcb-v5", "fixture-lcb-v6", "fixture-lcb-upstream", "fixture-codeforces", "fixture-codeelo"],
};

/** Every preset by name. */
export function benchmarkPresets(dirs: PresetDirs = {}): Map<string, EvalBenchmark> {
  return new Map([...paperPresets(dirs), ...hubPresets(), ...fixturePresets()].map((b) => [b.name, b]));
}

/**
 * Resolves `--benchmarks` names and groups (comma-separated) to presets, in the order given, without duplicates.
 *
 * @example selectBenchmarks("fixture-aime,fixture-codeelo").map((b) => b.name) // ["fixture-aime", "fixture-codeelo"]
 */
export function selectBenchmarks(names: string, dirs: PresetDirs = {}): EvalBenchmark[] {
  const presets = benchmarkPresets(dirs);
  const out: EvalBenchmark[] = [];
  for (const raw of names.split(",").map((s) => s.trim()).filter(Boolean)) {
    const expanded = BENCHMARK_GROUPS[raw] ?? [raw];
    for (const name of expanded) {
      const preset = presets.get(name);
      if (!preset) {
        throw new ConfigError(undefined, "--benchmarks", `unknown benchmark: ${name}`, {
          remedy: `use one of ${[...Object.keys(BENCHMARK_GROUPS), ...presets.keys()].join(", ")}, or describe a file with --benchmark path=…,kind=math|code`,
        });
      }
      if (!out.some((b) => b.name === name)) out.push(preset);
    }
  }
  return out;
}

const SPEC_KEYS = ["path", "name", "kind", "format", "samples", "tests", "from", "to", "paper", "elo", "note"] as const;

/**
 * Parses a `--benchmark` spec: comma-separated `key=value` pairs describing any benchmark file.
 * Keys: path (required), kind (math | code; default from the format), name, format, samples, tests (LCB test
 * folder), from / to (YYYY-MM-DD date window), paper (the paper column to compare with), elo (true/false), note.
 *
 * @example parseBenchmarkSpec("path=hf://datasets/livecodebench/code_generation_lite/test5.jsonl,format=upstream-lcb,name=lcb_v5,from=2024-08-01,to=2025-02-01")
 */
export function parseBenchmarkSpec(spec: string): EvalBenchmark {
  const fields = new Map<string, string>();
  for (const part of spec.split(",")) {
    const at = part.indexOf("=");
    const key = (at < 0 ? part : part.slice(0, at)).trim();
    if (!(SPEC_KEYS as readonly string[]).includes(key)) {
      throw new ConfigError(undefined, "--benchmark", `unknown key ${JSON.stringify(key)} in ${JSON.stringify(spec)} (expected ${SPEC_KEYS.join(" | ")})`, { remedy: "write key=value pairs separated by commas, e.g. path=data/x.jsonl,kind=math" });
    }
    if (at < 0) throw new ConfigError(undefined, `--benchmark ${key}`, `missing value in ${JSON.stringify(spec)}`, { remedy: `write ${key}=<value>` });
    fields.set(key, part.slice(at + 1).trim());
  }
  const path = fields.get("path");
  if (!path) throw new ConfigError(undefined, "--benchmark path", `missing in ${JSON.stringify(spec)}`, { remedy: "give the benchmark file: path=<file or hf:// path>" });
  const format = fields.get("format") as BenchmarkFormat | undefined;
  if (format !== undefined && !BENCHMARK_FORMATS.includes(format)) {
    throw new ConfigError(undefined, "--benchmark format", `invalid format: ${format} (expected ${BENCHMARK_FORMATS.join(" | ")})`);
  }
  const kindText = fields.get("kind") ?? (format === undefined ? undefined : /math/.test(format) ? "math" : "code");
  if (kindText !== "math" && kindText !== "code") {
    throw new ConfigError(undefined, "--benchmark kind", `${kindText === undefined ? "missing" : `invalid kind: ${kindText}`} (expected math | code)`, { remedy: "add kind=math or kind=code (or a format)" });
  }
  const paper = fields.get("paper") as PaperBenchmark | undefined;
  if (paper !== undefined && !PAPER_BENCHMARKS.includes(paper)) {
    throw new ConfigError(undefined, "--benchmark paper", `invalid paper column: ${paper} (expected ${PAPER_BENCHMARKS.join(" | ")})`);
  }
  const samplesText = fields.get("samples");
  const samples = samplesText === undefined ? (kindText === "math" ? 16 : paper === "Codeforces Elo" ? 8 : 1) : Number(samplesText);
  if (!Number.isInteger(samples) || samples < 1) throw new ConfigError(undefined, "--benchmark samples", `invalid value ${JSON.stringify(samplesText)} (expected an integer ≥ 1)`);
  const eloText = fields.get("elo");
  if (eloText !== undefined && eloText !== "true" && eloText !== "false") throw new ConfigError(undefined, "--benchmark elo", `invalid value ${JSON.stringify(eloText)} (expected true | false)`);
  for (const key of ["from", "to"] as const) {
    const v = fields.get(key);
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ConfigError(undefined, `--benchmark ${key}`, `invalid date ${JSON.stringify(v)} (expected YYYY-MM-DD)`);
  }
  const name = fields.get("name") ?? path.replace(/^.*[\\/]/, "").replace(/\.(jsonl|json|parquet|csv)(\.gz)?$/i, "");
  const source: BenchmarkSource = { path, benchmark: name };
  if (format) source.format = format;
  if (fields.has("tests")) source.testsDir = fields.get("tests")!;
  if (fields.has("from")) source.from = fields.get("from")!;
  if (fields.has("to")) source.to = fields.get("to")!;
  const out: EvalBenchmark = { name, kind: kindText, source, samples };
  if (paper) out.paperColumn = paper;
  if (eloText !== undefined ? eloText === "true" : paper === "Codeforces Elo" || format === "upstream-codeelo") out.elo = true;
  if (fields.has("note")) out.note = fields.get("note")!;
  return out;
}
