import { join } from "node:path";
import type { Command } from "../../src/cli/command.js";
import { numberFlag, parseFlags } from "../../src/cli/args.js";
import { ConfigError } from "../../src/core/errors.js";
import type { Embedder } from "../../src/embed/embedder.js";
import { fitHashedTfidf } from "../../src/embed/hashed-tfidf.js";
import { loadUseLite } from "../../src/embed/use-lite.js";
import { loadLocalMiniLm } from "../../src/embed/local-minilm.js";
import { openRun } from "../../src/track/open-run.js";
import { loadCorpus } from "../corpora/load-corpus.js";
import { analyseDistinctness, distinctnessRows, type DistinctnessResult } from "../distinctness/distinctness-analysis.js";
import { embedCorpora, groupCorpusTexts } from "../distinctness/embed-corpora.js";
import { writeAnalysisReport } from "../report/write-analysis-report.js";
import { parseCorpusFlags } from "./corpus-flags.js";

export const DISTINCTNESS_USAGE = `promptcot distinctness --corpus KEY[=PATH] ... [options]
  The paper's distinctness analysis (§5.8): mean embedding per corpus, 1 − cos, 2-D MDS (separate math and code
  plots), plus nearest-neighbour novelty. Embeddings are cached in the run's DuckDB store.
  --corpus KEY[=PATH]   corpus key and a local Parquet/JSONL or hf:// path (default: its hf:// path); repeatable
  --sample N            problems per corpus, seeded (default 5000)
  --seed N              (default 0)
  --embedder NAME       use-lite (default) | tfidf | minilm:<folder of a transformers.js all-MiniLM-L6-v2 export>
  --mds classical|smacof (default classical)
  --epsilon X           near-copy threshold on 1 − cos (default 0.05)
  --min-items N         leave out corpora with fewer items in a domain (default 10)
  --root DIR --name NAME run folder (default runs/distinctness): distinctness.html, charts/, run.duckdb`;

async function makeEmbedder(spec: string, texts: readonly string[]): Promise<Embedder> {
  if (spec === "use-lite") return loadUseLite();
  if (spec === "tfidf") return fitHashedTfidf(texts, { dims: 1024 });
  if (spec.startsWith("minilm:")) return loadLocalMiniLm({ modelPath: spec.slice("minilm:".length) });
  throw new ConfigError(undefined, "--embedder", `invalid embedder: ${spec} (expected use-lite | tfidf | minilm:<folder>)`);
}

/** `promptcot distinctness`: loads corpora, embeds them, runs the analysis per domain and writes a report. */
export const distinctnessCommand: Command = {
  summary: "compare corpora by mean-embedding distance, MDS and nearest-neighbour novelty (paper §5.8)",
  help: DISTINCTNESS_USAGE,
  async run(argv) {
    const { values } = parseFlags("distinctness", argv, {
      corpus: { type: "string", multiple: true },
      sample: { type: "string" },
      seed: { type: "string" },
      embedder: { type: "string" },
      mds: { type: "string" },
      epsilon: { type: "string" },
      "min-items": { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    const corpora = parseCorpusFlags("distinctness", values.corpus);
    const mds = values.mds ?? "classical";
    if (mds !== "classical" && mds !== "smacof") throw new ConfigError(undefined, "--mds", `invalid MDS: ${mds} (expected classical | smacof)`);
    const seed = numberFlag("distinctness", "seed", values.seed, 0, { integer: true });
    const sample = numberFlag("distinctness", "sample", values.sample, 5000, { integer: true, min: 1 });
    const minItems = numberFlag("distinctness", "min-items", values["min-items"], 10, { integer: true, min: 1 });
    const epsilon = numberFlag("distinctness", "epsilon", values.epsilon, 0.05, { min: 0 });
    const items = (await Promise.all(corpora.map((c) => loadCorpus(c.name, { path: c.path, sample, seed })))).flat();
    const embedder = await makeEmbedder(values.embedder ?? "use-lite", items.map((i) => i.problem));
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "distinctness", config: { command: "distinctness", argv, embedder: embedder.id }, quiet: true });
    try {
      const results: DistinctnessResult[] = [];
      const skipped: string[] = [];
      for (const domain of ["math", "code"]) {
        const texts = groupCorpusTexts(items, { domain, minItems });
        if (Object.keys(texts).length < 2) {
          skipped.push(`${domain}: ${Object.keys(texts).length} corpus with ≥ ${minItems} items`);
          continue;
        }
        results.push(analyseDistinctness(await embedCorpora(texts, embedder, { store: run.store }), { label: domain, mds, epsilon, seed }));
      }
      if (!results.length) throw new ConfigError(undefined, "--corpus", `no domain has two corpora with ≥ ${minItems} items (${skipped.join("; ")})`, { remedy: "pass more corpora or lower --min-items" });
      const rows = results.flatMap(distinctnessRows);
      await run.table("distinctness", rows);
      const report = await writeAnalysisReport(join(run.dir, "distinctness.html"), { title: "Corpus distinctness", subtitle: `embedder ${embedder.id}`, distinctness: results, chartsDir: join(run.dir, "charts") });
      process.stdout.write(`${JSON.stringify({ report: report.file, store: run.store.path, embedder: embedder.id, skipped, rows })}\n`);
    } finally {
      await run.close();
    }
    return 0;
  },
};
