import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { loadSeedProblems } from "../../datasets/seed.js";
import { EmbeddedModel } from "../../lm/embedded/index.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import { retryMiddleware } from "../../lm/middleware/retry.js";
import { OpenAICompatibleModel } from "../../lm/openai-compatible/index.js";
import { trainSeedSolver } from "../../pipeline/seed-solver.js";
import { openRun } from "../../track/open-run.js";
import {
  comparisonRows,
  evaluateModel,
  formatComparison,
  loadContests,
  parseBenchmarkSpec,
  PAPER_DECODING,
  PROMPT_FORMATS,
  selectBenchmarks,
  type EvalBenchmark,
  type PromptFormat,
} from "../../pipeline/evaluate/index.js";

export const EVAL_USAGE = `usage: promptcot eval (--base-url <url> --model <name> | --model-file <file> | --seed-solver)
                     [--benchmarks <names>] [--benchmark <spec>]… [--samples k] [--limit n]
                     [--max-tokens n] [--temperature t] [--top-p p] [--seed s] [--prompt-format f]
                     [--concurrency n] [--judge-concurrency n] [--contests <file>]
                     [--runs <dir>] [--name <run>] [--data-dir <dir>] [--lcb-tests <dir>] [--quiet]
  model (one of):
    --base-url      OpenAI-compatible API root, e.g. http://127.0.0.1:8000/v1 (vLLM, promptcot serve)
    --model         served model name (with --base-url)
    --api-key-env   environment variable with the API key (default OPENAI_API_KEY; local servers need none)
    --model-file    an embedded model file (EmbeddedModel.save)
    --seed-solver   the embedded seed solver fitted on the shipped seed solutions (offline, weak)
  benchmarks:
    --benchmarks    comma-separated names or groups (default fixtures): paper = aime24,aime25,hmmt25,lcb_v5,
                    lcb_v6,codeforces (the authors' files under --data-dir); fixtures = our small fixtures
    --benchmark     any file: path=…,kind=math|code[,format=…,name=…,samples=k,tests=<dir>,from=YYYY-MM-DD,
                    to=YYYY-MM-DD,paper=<column>,elo=true] (path may be hf://datasets/…)
    --data-dir      folder with promptcot2_*_test.jsonl (default data); --lcb-tests: LCB test files
    --contests      CodeElo contest standings JSON for the Codeforces Elo (see docs/evaluation.md)
  sampling (paper defaults: T 0.6, top-p 0.95, 81920 max tokens; k = 16 math, 8 Codeforces, 1 LCB):
    --samples       override k for every benchmark;  --limit  first n problems of each benchmark
    --prompt-format auto | authors | chat | solving (default auto: the authors' prompt when the file has one)
  run: --runs (default runs), --name (default eval); rerunning the same name resumes from the request cache.`;

/** Parsed `promptcot eval` flags. */
export interface EvalArgs {
  baseURL?: string;
  model?: string;
  apiKeyEnv?: string;
  modelFile?: string;
  seedSolver: boolean;
  benchmarks: EvalBenchmark[];
  samples?: number;
  limit?: number;
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  promptFormat: PromptFormat;
  concurrency: number;
  judgeConcurrency: number;
  contests?: string;
  runs: string;
  name: string;
  quiet: boolean;
}

/** Parses `promptcot eval` arguments (without the command name). */
export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values } = parseFlags("eval", argv, {
    "base-url": { type: "string" },
    model: { type: "string" },
    "api-key-env": { type: "string" },
    "model-file": { type: "string" },
    "seed-solver": { type: "boolean" },
    benchmarks: { type: "string" },
    benchmark: { type: "string", multiple: true },
    samples: { type: "string" },
    limit: { type: "string" },
    "max-tokens": { type: "string" },
    temperature: { type: "string" },
    "top-p": { type: "string" },
    seed: { type: "string" },
    "prompt-format": { type: "string" },
    concurrency: { type: "string" },
    "judge-concurrency": { type: "string" },
    contests: { type: "string" },
    runs: { type: "string" },
    name: { type: "string" },
    "data-dir": { type: "string" },
    "lcb-tests": { type: "string" },
    quiet: { type: "boolean" },
  });
  const sources = [values["base-url"] !== undefined, values["model-file"] !== undefined, values["seed-solver"] === true].filter(Boolean).length;
  if (sources !== 1) throw new ConfigError(undefined, "--base-url / --model-file / --seed-solver", sources === 0 ? "no model given" : "more than one model given", { remedy: "pass exactly one of --base-url <url> --model <name>, --model-file <file>, --seed-solver" });
  if (values["base-url"] !== undefined && !values.model) throw new ConfigError(undefined, "--model", "missing served model name for --base-url", { remedy: "add --model <name> (the name the server serves)" });
  const format = (values["prompt-format"] ?? "auto") as PromptFormat;
  if (!PROMPT_FORMATS.includes(format)) throw new ConfigError(undefined, "--prompt-format", `invalid value ${JSON.stringify(format)} (expected ${PROMPT_FORMATS.join(" | ")})`);
  const dirs = { ...(values["data-dir"] ? { dataDir: values["data-dir"] } : {}), ...(values["lcb-tests"] ? { lcbTestsDir: values["lcb-tests"] } : {}) };
  const specs = (values.benchmark ?? []).map(parseBenchmarkSpec);
  const named = values.benchmarks !== undefined || specs.length === 0 ? selectBenchmarks(values.benchmarks ?? "fixtures", dirs) : [];
  const temperature = numberFlag("eval", "temperature", values.temperature, PAPER_DECODING.temperature, { min: 0 });
  const topP = numberFlag("eval", "top-p", values["top-p"], PAPER_DECODING.topP);
  if (!(topP > 0 && topP <= 1)) throw new ConfigError(undefined, "--top-p", `invalid value ${topP} (expected 0 < p ≤ 1)`);
  const out: EvalArgs = {
    seedSolver: values["seed-solver"] === true,
    benchmarks: [...named, ...specs],
    maxTokens: numberFlag("eval", "max-tokens", values["max-tokens"], PAPER_DECODING.maxTokens, { integer: true, min: 1 }),
    temperature,
    topP,
    seed: numberFlag("eval", "seed", values.seed, PAPER_DECODING.seed, { integer: true }),
    promptFormat: format,
    concurrency: numberFlag("eval", "concurrency", values.concurrency, 4, { integer: true, min: 1 }),
    judgeConcurrency: numberFlag("eval", "judge-concurrency", values["judge-concurrency"], 2, { integer: true, min: 1 }),
    runs: values.runs ?? "runs",
    name: values.name ?? "eval",
    quiet: values.quiet === true,
  };
  if (values["base-url"] !== undefined) out.baseURL = values["base-url"];
  if (values.model !== undefined) out.model = values.model;
  if (values["api-key-env"] !== undefined) out.apiKeyEnv = values["api-key-env"];
  if (values["model-file"] !== undefined) out.modelFile = values["model-file"];
  if (values.samples !== undefined) out.samples = numberFlag("eval", "samples", values.samples, 1, { integer: true, min: 1 });
  if (values.limit !== undefined) out.limit = numberFlag("eval", "limit", values.limit, 1, { integer: true, min: 1 });
  if (values.contests !== undefined) out.contests = values.contests;
  return out;
}

async function modelOf(args: EvalArgs): Promise<LanguageModel> {
  if (args.baseURL) {
    const backend = new OpenAICompatibleModel({ baseURL: args.baseURL, model: args.model!, ...(args.apiKeyEnv ? { apiKeyEnv: args.apiKeyEnv } : {}), keepRaw: false });
    return wrapLanguageModel(backend, [retryMiddleware({ maxAttempts: 5 })]);
  }
  if (args.modelFile) return EmbeddedModel.load(args.modelFile);
  return trainSeedSolver(await loadSeedProblems());
}

/** `promptcot eval`: k samples per problem, graded, stored in the run, compared with the paper's numbers. */
export const evalCommand: Command = {
  summary: "evaluate a model on AIME/HMMT/LiveCodeBench/Codeforces-style benchmarks (avg@k, pass@1, Elo) and compare with the paper",
  help: EVAL_USAGE,
  async run(argv) {
    const args = parseEvalArgs(argv);
    const contests = args.contests ? loadContests(args.contests) : [];
    const model = await modelOf(args);
    const decoding = { temperature: args.temperature, topP: args.topP, maxTokens: args.maxTokens, seed: args.seed };
    const config = { stage: "eval", model: model.modelId, benchmarks: args.benchmarks.map((b) => b.name), decoding, promptFormat: args.promptFormat, samples: args.samples ?? null, limit: args.limit ?? null };
    const run = await openRun({ root: args.runs, name: args.name, config, quiet: args.quiet });
    try {
      const report = await evaluateModel({
        model,
        run,
        benchmarks: args.benchmarks,
        decoding,
        promptFormat: args.promptFormat,
        ...(args.samples !== undefined ? { samples: args.samples } : {}),
        ...(args.limit !== undefined ? { limit: args.limit } : {}),
        concurrency: args.concurrency,
        judge: { concurrency: args.judgeConcurrency },
        contests,
      });
      const rows = comparisonRows(report.benchmarks.map((b) => ({ name: b.benchmark.name, ...(b.benchmark.paperColumn ? { paperColumn: b.benchmark.paperColumn } : {}), ...(b.benchmark.note ? { note: b.benchmark.note } : {}), metrics: b.metrics })));
      console.log(formatComparison(rows));
      for (const b of report.benchmarks) {
        if (b.metrics.elo && b.metrics.elo.method !== "none") console.log(`\n${b.benchmark.name} Elo (${b.metrics.elo.method}): ${b.metrics.elo.assumptions.map((a) => `\n  - ${a}`).join("")}`);
        else if (b.metrics.elo) console.log(`\n${b.benchmark.name}: no Elo (${b.metrics.elo.reason}); pass@1 shown instead`);
      }
      const failed = report.benchmarks.reduce((n, b) => n + b.failed.length, 0);
      const regraded = report.benchmarks.reduce((n, b) => n + b.graded, 0);
      const reusedVerdicts = report.benchmarks.reduce((n, b) => n + b.reusedVerdicts, 0);
      console.log(`\nsamples: ${report.cache.reused} from the request cache, ${report.cache.computed} generated; verdicts: ${reusedVerdicts} reused, ${regraded} graded`);
      console.log(`run: ${run.dir} (tables eval_verdicts, eval_results)`);
      if (failed > 0) {
        console.error(`${failed} request(s) failed and are left out of the metrics; rerun the same command to finish them`);
        await run.finish({ status: "failed" });
        await run.close();
        return 1;
      }
      await run.close();
      return 0;
    } catch (error) {
      await run.finish({ status: "failed" }).catch(() => undefined);
      await run.close().catch(() => undefined);
      throw error;
    }
  },
};
