import { join } from "node:path";
import type { Command } from "../../src/cli/command.js";
import { numberFlag, parseFlags } from "../../src/cli/args.js";
import { ConfigError } from "../../src/core/errors.js";
import { OpenAICompatibleModel } from "../../src/lm/openai-compatible/index.js";
import { openRun } from "../../src/track/open-run.js";
import { loadCorpus } from "../corpora/load-corpus.js";
import { measureDifficulty } from "../difficulty/measure-difficulty.js";
import { writeAnalysisReport } from "../report/write-analysis-report.js";
import { parseCorpusFlags } from "./corpus-flags.js";

export const DIFFICULTY_USAGE = `promptcot difficulty --corpus KEY[=PATH] ... --reference-url URL --reference-model NAME --solver-url URL --solver-model NAME [options]
  The paper's difficulty protocol (§5.9, Table 5) against two OpenAI-compatible endpoints.
  --corpus KEY[=PATH]       corpus key (promptcot-2.0-sft, openmathreasoning, openthoughts3, openr1-math, promptcot-1.0, ours)
                            and a local Parquet/JSONL path or hf:// path (default: the corpus's hf:// path); repeatable
  --sample N                problems per corpus, seeded (default 1000)
  --seed N                  sampling seed (default 0)
  --k N                     solver samples per problem (default 1)
  --reference-max-tokens N  (default 32768)    --solver-max-tokens N (default 8192)
  --reference-temperature T (default 0)        --solver-temperature T (default 0 for k = 1, else 0.6)
  --api-key-env NAME        environment variable with the API key (default OPENAI_API_KEY; local servers need none)
  --format chat|prompt      chat messages (default) or raw completions
  --concurrency N           requests in flight per endpoint (default 8)
  --root DIR --name NAME    run folder (default runs/difficulty): tables, difficulty.html, charts/`;

/** `promptcot difficulty`: runs `measureDifficulty` on corpora against two endpoints and writes a run and a report. */
export const difficultyCommand: Command = {
  summary: "measure corpus difficulty against a reference and a solver endpoint (paper Table 5 protocol)",
  help: DIFFICULTY_USAGE,
  async run(argv) {
    const { values } = parseFlags("difficulty", argv, {
      corpus: { type: "string", multiple: true },
      sample: { type: "string" },
      seed: { type: "string" },
      k: { type: "string" },
      "reference-url": { type: "string" },
      "reference-model": { type: "string" },
      "solver-url": { type: "string" },
      "solver-model": { type: "string" },
      "reference-max-tokens": { type: "string" },
      "solver-max-tokens": { type: "string" },
      "reference-temperature": { type: "string" },
      "solver-temperature": { type: "string" },
      "api-key-env": { type: "string" },
      format: { type: "string" },
      concurrency: { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    const corpora = parseCorpusFlags("difficulty", values.corpus);
    const need = (flag: "reference-url" | "reference-model" | "solver-url" | "solver-model"): string => {
      const v = values[flag];
      if (!v) throw new ConfigError(undefined, `--${flag}`, "is required", { remedy: "run `promptcot difficulty --help`" });
      return v;
    };
    const format = values.format ?? "chat";
    if (format !== "chat" && format !== "prompt") throw new ConfigError(undefined, "--format", `invalid format: ${format} (expected chat | prompt)`);
    const k = numberFlag("difficulty", "k", values.k, 1, { integer: true, min: 1 });
    const seed = numberFlag("difficulty", "seed", values.seed, 0, { integer: true });
    const sample = numberFlag("difficulty", "sample", values.sample, 1000, { integer: true, min: 1 });
    const apiKeyEnv = values["api-key-env"];
    const reference = new OpenAICompatibleModel({ baseURL: need("reference-url"), model: need("reference-model"), apiKeyEnv });
    const solver = new OpenAICompatibleModel({ baseURL: need("solver-url"), model: need("solver-model"), apiKeyEnv });
    const items = (await Promise.all(corpora.map((c) => loadCorpus(c.name, { path: c.path, domain: "math", sample, seed })))).flat();
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "difficulty", config: { command: "difficulty", argv }, quiet: true });
    try {
      const result = await measureDifficulty(items, {
        reference,
        solver,
        k,
        format,
        seed,
        concurrency: numberFlag("difficulty", "concurrency", values.concurrency, 8, { integer: true, min: 1 }),
        referenceParams: {
          maxTokens: numberFlag("difficulty", "reference-max-tokens", values["reference-max-tokens"], 32768, { integer: true, min: 1 }),
          temperature: numberFlag("difficulty", "reference-temperature", values["reference-temperature"], 0, { min: 0 }),
        },
        solverParams: {
          maxTokens: numberFlag("difficulty", "solver-max-tokens", values["solver-max-tokens"], 8192, { integer: true, min: 1 }),
          temperature: numberFlag("difficulty", "solver-temperature", values["solver-temperature"], k === 1 ? 0 : 0.6, { min: 0 }),
        },
        run,
        onProgress: (stage, done, total) => {
          if (done === total || done % 50 === 0) process.stderr.write(`${stage}: ${done}/${total}\n`);
        },
      });
      const report = await writeAnalysisReport(join(run.dir, "difficulty.html"), { title: "Corpus difficulty", difficulty: result, chartsDir: join(run.dir, "charts") });
      process.stdout.write(`${JSON.stringify({ report: report.file, store: run.store.path, corpora: result.corpora, dropped: result.dropped.length })}\n`);
    } finally {
      await run.close();
    }
    return 0;
  },
};
