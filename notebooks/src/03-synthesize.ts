// %% [markdown]
// # 03 · Synthesis, dedup and decontamination
//
// With a trained prompt model p, new problems come from sampled concept sets: PromptCoT 1.0's
// co-occurrence + embedding sampler (T 0.2, 5 concepts, random level; its id-alignment bug fixed),
// one generation per concept set per seed (the 2.0 code: seeds 8000–8063, T 0.8), strict tag parsing with
// counted failures, exact + MinHash-LSH dedup (Jaccard > 0.2 on ≥ 4-letter words), and 8/13-gram
// decontamination against benchmark files with an audit table. Here p is the cold-start model (notebook 01);
// `npm start` uses the model after EM.

// %%
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems, seedToTriple } from "./src/datasets/seed.js";
import { EmbeddedModel } from "./src/lm/embedded/index.js";
import { coldStart } from "./src/pipeline/coldstart/index.js";
import { fitHashedTfidf } from "./src/embed/hashed-tfidf.js";
import { buildConceptModel, sampleConceptSets } from "./src/pipeline/concept-sampler/index.js";
import { synthesizeProblems } from "./src/pipeline/synthesize/index.js";
import { dedupProblems } from "./src/pipeline/dedup/index.js";
import { decontaminateAgainstFiles } from "./src/pipeline/decontaminate/index.js";
import { renderMathSolvingPrompt, renderQwenChatPrompt } from "./src/prompts/solving.js";
import { authorsPrompt } from "./src/pipeline/jobs/corpus-export.js";
import { openRun } from "./src/track/open-run.js";
import { barChart } from "./src/charts/builders.js";
import { showChart, showMarkdown, showTable } from "./src/notebook/display.js";

const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-03-"));
const run = await openRun({ root, name: "03-synthesize", config: { notebook: "03-synthesize" }, quiet: true });
const ctx = { run, store: run.store, seed: 0 };
const triples = (await loadSeedProblems({ domain: "math" })).map(seedToTriple);
const base = await EmbeddedModel.fit(triples.map((t) => ({ prompt: "", completion: t.problem })), { seed: 0 });
const { p } = await coldStart({ q: base, p: base }, triples, { seed: 0 });

// %% [markdown]
// ## Concept sets

// %%
const vocabulary = [...new Set(triples.flatMap((t) => t.concepts))];
const embedder = fitHashedTfidf(vocabulary);
const conceptModel = await buildConceptModel(triples, async (texts) => embedder.embed(texts));
const sampled = sampleConceptSets(conceptModel, { count: 40, domain: "math", seed: 0, temperature: 0.2 });
console.log(`${conceptModel.concepts.length} concepts; sampler stats: ${JSON.stringify(sampled.stats)}`);
showTable(sampled.rows.slice(0, 5).map((s) => ({ level: s.level, concepts: s.concepts.join("; ") })));

// %% [markdown]
// ## Synthesis: free vs tag-guided decoding
// Free decoding is the 2.0 code's: one generation, parsed strictly. The 4-gram model cannot keep the
// `<!-- BEGIN … -->` block structure by itself, so most free generations are rejected (reasons counted).
// Tag-guided decoding forces the tags, as guided decoding on a server would, and stops each block at the next `<!--`.

// %%
const settings = { seeds: [8000, 8001], temperature: 0.8, maxTokens: 500, concurrency: 2 };
const free = await synthesizeProblems(ctx, p, sampled.rows, { ...settings, decoding: "free" });
const guided = await synthesizeProblems(ctx, p, sampled.rows, { ...settings, decoding: "tag-guided" });
const outcome = (name: string, r: typeof free) => [{ decoding: name, outcome: "parsed", count: r.stats.parsed }, ...Object.entries(r.stats.reasons).map(([outcome, count]) => ({ decoding: name, outcome, count }))];
await showChart(barChart([...outcome("free", free), ...outcome("tag-guided", guided)], { x: "outcome", y: "count", color: "decoding", title: "Generations by parse outcome" }));

// %% [markdown]
// ## Dedup and decontamination
// We plant one synthesized problem in a benchmark file next to the shipped AIME-style fixture; the 13-gram
// rule must catch it and the audit table must name the benchmark item.

// %%
const problems = guided.problems;
const dedup = dedupProblems(problems.map((x) => ({ id: x.problemId, text: x.problem })), { threshold: 0.2, seed: 0 });
console.log(`dedup: ${JSON.stringify(dedup.stats)}`);
const survivors = problems.filter((x) => dedup.rows.find((r) => r.id === x.problemId)!.kept);
const planted = survivors.find((x) => x.problem.split(/\s+/).length >= 20) ?? survivors[0]!;
const plantedFile = join(run.dir, "planted-benchmark.jsonl");
writeFileSync(plantedFile, JSON.stringify({ idx: 0, prompt: renderQwenChatPrompt(renderMathSolvingPrompt(planted.problem)), reference_solution: "#### 0", source: "planted" }) + "\n");
const decon = await decontaminateAgainstFiles(
  survivors.map((x) => ({ id: x.problemId, text: x.problem })),
  [{ path: "datasets/benchmarks/aime-style.jsonl" }, { path: plantedFile }],
  { sizes: [8, 13], dropN: 13 },
);
showTable(decon.audit.map((a) => ({ problem: a.problemId, benchmark: a.benchmark, item: a.benchmarkItemId, n: a.n, ngram: a.ngram, count: a.count })).slice(0, 10));
const kept = survivors.filter((x) => decon.decisions.find((d) => d.problemId === x.problemId)!.kept);
const funnel = [
  { step: "1. generations", count: guided.stats.requested },
  { step: "2. parsed", count: problems.length },
  { step: "3. after dedup", count: survivors.length },
  { step: "4. after decontamination", count: kept.length },
];
await showChart(barChart(funnel, { x: "step", y: "count", title: "Funnel (tag-guided)" }));

// %% [markdown]
// ## In the authors' format
// The corpus row is `{ prompt }`: the problem plus the math solving instruction (code problems get the
// LiveCodeBench stdin template). `npm start` writes these as JSONL next to a Parquet file with full lineage.

// %%
showMarkdown("```text\n" + authorsPrompt({ domain: "math", problem: kept[0]!.problem }).slice(0, 800) + "\n```");
showTable(kept.slice(0, 5).map((x) => ({ problemId: x.problemId, conceptSetId: x.conceptSetId, seed: x.seed, model: x.modelVersion.slice(0, 12), rationale: x.rationale.slice(0, 80), problem: x.problem.slice(0, 120) })));
await run.close();
