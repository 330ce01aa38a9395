// %% [markdown]
// # 06 · Distinctness of corpora
//
// The paper's distributional-distinctness analysis (§5.8, figure "dataset_mds"): embed every problem, take the **mean
// embedding per corpus**, compute **d(A, B) = 1 − cos(A, B)** between corpora and project the matrix to 2-D with
// **MDS**, in separate plots for math and code. We add what the paper leaves out: the MDS stress, the embedder used,
// and an item-level view (nearest-neighbour novelty), which tells a corpus with new problems from a paraphrased copy.
//
// Data: the small local fixtures in `datasets/fixtures/corpora/`, one per public corpus, in that corpus's own column
// schema. The same loaders read the real corpora from `hf://` paths or local Parquet (see `analysis/corpora`).

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CORPORA, loadCorpus } from "./analysis/corpora/index.js";
import { analyseDistinctness, distinctnessRows, embedCorpora, groupCorpusTexts, mdsChart, distanceHeatmap, noveltyChart } from "./analysis/distinctness/index.js";
import { writeAnalysisReport } from "./analysis/report/index.js";
import { loadUseLite } from "./src/embed/use-lite.js";
import { fitHashedTfidf } from "./src/embed/hashed-tfidf.js";
import { openRun } from "./src/track/open-run.js";
import { showChart, showTable, showMarkdown } from "./src/notebook/display.js";

const fixtures = join(process.cwd(), "datasets", "fixtures", "corpora");
const items = (await Promise.all(Object.keys(CORPORA).map((name) => loadCorpus(name, { path: join(fixtures, `${name}.jsonl`) })))).flat();
const counts = Object.keys(CORPORA).map((name) => ({
  corpus: name,
  label: CORPORA[name]!.label,
  math: items.filter((i) => i.corpus === name && i.domain === "math").length,
  code: items.filter((i) => i.corpus === name && i.domain === "code").length,
  other: items.filter((i) => i.corpus === name && i.domain !== "math" && i.domain !== "code").length,
  hf: CORPORA[name]!.hfDataset || "(local runs)",
}));
showTable(counts);

// %% [markdown]
// ## Embeddings, cached in the run's store
// USE-lite (512-d, weights shipped in npm) is the default embedder; the paper used all-MiniLM-L6-v2, which
// `loadLocalMiniLm` reads from a local folder when you have it. Vectors are cached by (embedder id, text hash).

// %%
const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-distinctness-"));
const run = await openRun({ root, name: "distinctness", config: { notebook: "06-distinctness" }, quiet: true });
const embedder = await loadUseLite();
const groups = { math: groupCorpusTexts(items, { domain: "math", minItems: 3 }), code: groupCorpusTexts(items, { domain: "code", minItems: 3 }) };
const results = [];
for (const [label, texts] of Object.entries(groups)) {
  const emb = await embedCorpora(texts, embedder, { store: run.store });
  results.push(analyseDistinctness(emb, { label, epsilon: 0.1, seed: 1 }));
  console.log(`${label}: ${Object.keys(texts).length} corpora, embedder ${emb.embedderId}, cache ${emb.cache.hits} hits / ${emb.cache.computed} computed`);
}

// %% [markdown]
// ## The paper's figure: MDS of corpus means (math, then code)

// %%
for (const r of results) {
  await showChart(mdsChart(r));
  showTable(distinctnessRows(r), { digits: 3 });
}

// %% [markdown]
// ## Distance matrices and item-level novelty
// A corpus far from the others in the MDS plot can still share items with them; the nearest-neighbour view checks
// that directly: the median distance from a corpus's items to the nearest item of any other corpus, and the share of
// items with a near copy (1 − cos ≤ ε).

// %%
for (const r of results) {
  await showChart(distanceHeatmap(r));
  await showChart(noveltyChart(r));
}

// %% [markdown]
// ## A second embedder
// Hashed TF-IDF (word and character n-grams, no weights) sees surface form rather than meaning. If the picture
// changes a lot between embedders, the geometry is about wording, not content.

// %%
const tfidf = fitHashedTfidf(Object.values(groups.math).flat(), { dims: 1024 });
const lexical = analyseDistinctness(await embedCorpora(groups.math, tfidf, { store: run.store }), { label: "math (hashed TF-IDF)", novelty: false });
await showChart(mdsChart(lexical));

// %% [markdown]
// ## Report
// The same results as a self-contained HTML report with SVG/PNG charts in the run folder.

// %%
const report = await writeAnalysisReport(join(run.dir, "distinctness.html"), { title: "Distinctness of corpora (fixtures)", distinctness: results, chartsDir: join(run.dir, "charts") });
await run.log(Object.fromEntries(results.flatMap((r) => distinctnessRows(r).map((row) => [`distinctness/${r.label}/${row.corpus}/mean_centroid_distance`, row.meanCentroidDistance]))));
await run.close();
showMarkdown(`Report: \`${report.file}\` (${report.chartFiles.length} chart files).`);
