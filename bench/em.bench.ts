import { syntheticProblemCorpus, splitSyntheticCompletion } from "../src/lm/embedded/synthetic-corpus.js";
import { EmbeddedModel } from "../src/lm/embedded/index.js";
import { generateAll, scoreAll } from "../src/lm/batch.js";
import { loadSeedProblems, seedToTriple } from "../src/datasets/seed.js";
import { coldStart } from "../src/pipeline/coldstart/index.js";
import { runEmLoop } from "../src/pipeline/em/index.js";
import { jointScoreRequest, rationaleRequest } from "../src/pipeline/em/sequences.js";
import type { EmPair } from "../src/pipeline/em/types.js";
import { openRun } from "../src/track/open-run.js";
import { timeIt, type Bench, type BenchRow } from "./bench.js";

/**
 * One EM iteration on the embedded LM (issue C: 10k (c, x) pairs, K = 8, < 60 s on 2 cores): E-step
 * (8 samples per pair, 8 segmented scores), fit q, greedy M-step rationales, fit p, held-out NLL.
 * Baseline in the same process: the bare model calls of the E-step alone (generate + score of the same
 * requests, no selection, fitting or bookkeeping), so the ratio shows what the loop adds.
 * Two workloads: synthetic pairs (~40 tokens each) at the 10k, and seed-length pairs (~300 tokens).
 */
const bench: Bench = async (ctx) => {
  const rows: BenchRow[] = [];
  const settings = { k: 8, temperature: 0.5, maxRationaleTokens: 120, concurrency: 1 };
  const run = await openRun({ root: ctx.tmpDir, name: "em-bench", wandb: false, quiet: true });
  try {
    // Workload 1: synthetic short pairs at the size.
    const n = Math.max(200, Math.round(10_000 * ctx.scale));
    const corpus = syntheticProblemCorpus(n + 100, 5);
    const pairs: EmPair[] = corpus.map((ex, i) => {
      const { rationale, problem } = splitSyntheticCompletion(ex.completion);
      return { pairId: `syn-${i}`, domain: "math", level: /Level: (.*)/.exec(ex.prompt)![1]!, concepts: /Concepts: (.*)/.exec(ex.prompt)![1]!.split(", "), problem: problem.trim(), rationale: rationale.trim() };
    });
    const train = pairs.slice(0, n) as (EmPair & { rationale: string })[];
    const heldout = pairs.slice(n);
    rows.push(await iterationRow(`EM iteration, ${n} synthetic pairs (~40 tokens), K = 8`, train, heldout));

    // Workload 2: the seed triples (longer rationales and problems), repeated to 1k pairs × scale.
    const seeds = (await loadSeedProblems()).map(seedToTriple);
    const m = Math.max(100, Math.round(1000 * ctx.scale));
    const long = Array.from({ length: m }, (_, i) => ({ ...seeds[i % seeds.length]!, pairId: `seed-${i}` }));
    rows.push(await iterationRow(`EM iteration, ${m} seed-length pairs (~300 tokens), K = 8`, long, seeds.slice(0, 20)));
  } finally {
    await run.close();
  }
  return rows;

  async function iterationRow(name: string, train: (EmPair & { rationale: string })[], heldout: EmPair[]): Promise<BenchRow> {
    const base = await EmbeddedModel.fit(train.map((t) => ({ prompt: "", completion: t.problem })), { seed: 1 });
    const cold = await coldStart({ q: base, p: base }, train, { seed: 1 });
    ctx.log(`${name}: cold start done`);
    const loop = await timeIt(() => runEmLoop({ run, store: run.store, seed: 1 }, { pairs: train, heldout, initial: { q: cold.q, p: cold.p }, iterations: 1, seed: 1, stopRule: false, settings, logPrefix: name.slice(0, 20) }));
    const it = loop.value.history[1]!;
    const bare = await timeIt(async () => {
      const samples = await generateAll(cold.q, train.map((p) => rationaleRequest(p, { n: 8, temperature: 0.5, maxTokens: settings.maxRationaleTokens, seed: 1 })), { concurrency: 1 });
      await scoreAll(cold.p, train.flatMap((p, i) => samples[i]!.samples.map((s) => jointScoreRequest(p, s.text))), { concurrency: 1 });
    });
    ctx.log(`${name}: loop ${loop.seconds.toFixed(1)} s (iteration ${it.seconds.toFixed(1)} s), bare E-step calls ${bare.seconds.toFixed(1)} s`);
    return {
      name,
      value: it.seconds,
      unit: "s",
      target: "10k pairs < 60 s",
      baseline: bare.seconds,
      baselineName: "bare E-step model calls (generate + score)",
      note: `${train.length} pairs; reward ${it.meanReward.toFixed(1)}; held-out NLL ${loop.value.history[0]!.heldoutNll.toFixed(1)} → ${it.heldoutNll.toFixed(1)}`,
    };
  }
};

export default bench;
