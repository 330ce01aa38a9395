// %% [markdown]
// # 07 · Difficulty of corpora
//
// The paper's difficulty protocol (§5.9, Table 5) as a pipeline that runs against any OpenAI-compatible endpoints:
// 1. sample N prompts per corpus (paper: 1,000; seeded);
// 2. a strong **reference model** answers each one; its final answers are the references and its reasoning length
//    (tokens inside the think block) is the second difficulty measure;
// 3. a **solver model** answers zero-shot (here k samples per problem, giving per-problem pass rates); accuracy
//    against the references, with Wilson 95% intervals, is the first measure (lower = harder).
//
// Offline, both endpoints are `promptcot serve` on 127.0.0.1, serving embedded n-gram models fitted on our math seed
// solutions in reasoning format. They are weak stand-ins, so the *numbers* mean little; the point is the machinery.
// For real models, pass `OpenAICompatibleModel`s pointing at vLLM/SGLang/OpenAI (e.g. GPT-OSS-120B and Qwen2.5-72B).

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "./analysis/corpora/index.js";
import { measureDifficulty, accuracyChart, reasoningLengthHistogram, reasoningLengthEcdf, passRateHistogram } from "./analysis/difficulty/index.js";
import { difficultyVsPaper, difficultyComparisonChart, writeAnalysisReport } from "./analysis/report/index.js";
import { loadSeedProblems } from "./src/datasets/seed.js";
import { trainSeedSolver } from "./src/pipeline/seed-solver.js";
import { startServer } from "./src/lm/serve/index.js";
import { OpenAICompatibleModel } from "./src/lm/openai-compatible/index.js";
import { openRun } from "./src/track/open-run.js";
import { showChart, showTable, showMarkdown } from "./src/notebook/display.js";

const seeds = (await loadSeedProblems()).filter((s) => s.domain === "math");
// Reference: fitted on every math seed; solver: fitted on half of them with another seed (a weaker model).
const referenceServer = await startServer({ model: await trainSeedSolver(seeds, { seed: 0 }), servedName: "reference" });
const solverServer = await startServer({ model: await trainSeedSolver(seeds.filter((_, i) => i % 2 === 0), { seed: 1 }), servedName: "solver" });
const reference = new OpenAICompatibleModel({ baseURL: referenceServer.baseURL, model: "reference" });
const solver = new OpenAICompatibleModel({ baseURL: solverServer.baseURL, model: "solver" });
console.log(`reference at ${referenceServer.baseURL}, solver at ${solverServer.baseURL}`);

// %% [markdown]
// ## Sample the corpora
// Math problems only (reference answers are final answers). `loadCorpus` samples inside DuckDB by a seeded hash, so the
// same seed picks the same problems from a 4.8M-row Parquet as from these fixtures.

// %%
const fixtures = join(process.cwd(), "datasets", "fixtures", "corpora");
const corpora = ["openmathreasoning", "openr1-math", "promptcot-1.0", "promptcot-2.0-sft", "ours"];
const items = (await Promise.all(corpora.map((name) => loadCorpus(name, { path: join(fixtures, `${name}.jsonl`), domain: "math", sample: 10, seed: 1 })))).flat();
showTable(items.map((i) => ({ corpus: i.corpus, id: i.id, problem: i.problem })), { maxRows: 8, maxCell: 120 });

// %% [markdown]
// ## Run the protocol
// The embedded models loop when decoding greedily, so both roles sample at T = 0.8 (seeded); k = 3 solver samples.

// %%
const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-difficulty-"));
const run = await openRun({ root, name: "difficulty", config: { notebook: "07-difficulty", perCorpus: 10, k: 3 }, quiet: true });
const sampling = { temperature: 0.8, maxTokens: 320 };
const result = await measureDifficulty(items, {
  // Explicit `key: value` rather than shorthand: tslab rewrites notebook variables but not shorthand properties.
  reference: reference,
  solver: solver,
  k: 3,
  format: "prompt",
  referenceParams: sampling,
  solverParams: sampling,
  concurrency: 4,
  seed: 1,
  run: run,
});
showTable(result.corpora, { digits: 3 });
const reasons: Record<string, number> = {};
for (const d of result.dropped) reasons[d.reason] = (reasons[d.reason] ?? 0) + 1;
showMarkdown(`Left out of the accuracy: ${JSON.stringify(reasons)} — a reference response without a boxed final answer gives no reference.`);

// %% [markdown]
// ## Charts: accuracy with Wilson intervals, reasoning length, per-problem pass rates

// %%
await showChart(accuracyChart(result));
await showChart(reasoningLengthHistogram(result));
await showChart(reasoningLengthEcdf(result));
await showChart(passRateHistogram(result));

// %% [markdown]
// ## Next to the paper's Table 5
// Paper rows are copied from the paper; measured rows come from the models above.

// %%
const comparison = difficultyVsPaper(result);
showTable(comparison);
await showChart(difficultyComparisonChart(comparison));

// %%
const report = await writeAnalysisReport(join(run.dir, "difficulty.html"), { title: "Difficulty (fixtures, embedded models)", difficulty: result, chartsDir: join(run.dir, "charts") });
await run.close();
await referenceServer.close();
await solverServer.close();
showMarkdown(`Report: \`${report.file}\`; per-problem rows in the run's DuckDB table \`rt_difficulty_problems\`.`);
