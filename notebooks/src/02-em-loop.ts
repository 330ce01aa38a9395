// %% [markdown]
// # 02 · The EM loop
//
// PromptCoT 2.0 §3.2.2. **E-step**: sample K rationales per (c, x) from q, score each by
// log p(z|c) + log p(x|z,c) under p (one segmented teacher-forced call), keep the argmax, fit q on the
// winners. **M-step**: decode z greedily from the updated q, fit p on (c, z, x). After each iteration the
// held-out NLL −log p(x|z,c) is measured, with z from q, and −log p(x|c) with the rationale left empty.
//
// This notebook runs a small version (math seeds, K = 4, 2 iterations) of the loop and of its
// "− E-step" ablation on the embedded LM. One small run is noisy: the E-step can end above or below the
// ablation. `npm start` runs the full-size loop, and docs/em.md has the multi-seed measurement (E-step below
// the ablation on 5 of 6 seeds with K = 8, 3 iterations) that the test suite checks on seeds 0–2.

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems, seedToTriple } from "./src/datasets/seed.js";
import { EmbeddedModel } from "./src/lm/embedded/index.js";
import { coldStart } from "./src/pipeline/coldstart/index.js";
import { runEmLoop } from "./src/pipeline/em/index.js";
import { splitTriples } from "./src/pipeline/jobs/synthesis-job.js";
import { openRun } from "./src/track/open-run.js";
import { lineChart, histogram } from "./src/charts/builders.js";
import { showChart, showTable } from "./src/notebook/display.js";

const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-02-"));
const run = await openRun({ root, name: "02-em-loop", config: { notebook: "02-em-loop" }, quiet: true });
const triples = (await loadSeedProblems({ domain: "math" })).map(seedToTriple);
const { train, heldout } = splitTriples(triples, ["math"], 0.15, 0);
const pairs = train.slice(0, 60);
const base = await EmbeddedModel.fit(pairs.map((t) => ({ prompt: "", completion: t.problem })), { seed: 0 });
const cold = await coldStart({ q: base, p: base }, pairs, { seed: 0 });
console.log(`${pairs.length} EM pairs, ${heldout.length} held-out pairs`);

// %% [markdown]
// ## Full EM and the "− E-step" ablation from the same cold start

// %%
const settings = { k: 4, temperature: 0.5, maxRationaleTokens: 120, concurrency: 1 };
const common = { pairs: pairs, heldout: heldout, initial: { q: cold.q, p: cold.p }, iterations: 2, seed: 0, stopRule: false as const, settings: settings };
const full = await runEmLoop({ run: run, store: run.store, seed: 0 }, { ...common, variant: "full", logPrefix: "full" });
const ablation = await runEmLoop({ run: run, store: run.store, seed: 0 }, { ...common, variant: "no-e-step", logPrefix: "no-e-step" });
const rows = [
  ...full.history.map((h) => ({ variant: "with E-step", ...h })),
  ...ablation.history.map((h) => ({ variant: "without E-step", ...h })),
];
showTable(rows.map((r) => ({ variant: r.variant, iteration: r.iteration, meanReward: r.meanReward, winnerIndexEntropy: r.winnerIndexEntropy, heldoutNll: r.heldoutNll, heldoutNllPerToken: r.heldoutNllPerToken, heldoutNllNoRationale: r.heldoutNllNoRationale, seconds: r.seconds })), { digits: 4 });

// %%
await showChart(lineChart(rows.map((r) => ({ variant: r.variant, iteration: r.iteration, nll: r.heldoutNll })), { x: "iteration", y: "nll", color: "variant", points: true, title: "Held-out −log p(x | z, c) per problem (nats)" }));
await showChart(lineChart(full.history.filter((h) => h.iteration > 0).map((h) => ({ iteration: h.iteration, reward: h.meanReward })), { x: "iteration", y: "reward", points: true, title: "Mean winning E-step reward (nats)" }));

// %% [markdown]
// ## Which sample wins?
// Each E-step's winners go to a run table. If the winning index were biased (e.g. by correlated samples),
// the entropy above would fall well below log2 K = 2 bits.

// %%
const winners = await run.store.query<{ iteration: number; index: number; reward: number; rationaleLogprob: number; problemLogprob: number }>("SELECT iteration, \"index\", reward, \"rationaleLogprob\", \"problemLogprob\" FROM rt_full_winners");
await showChart(histogram(winners.map((w) => ({ ...w, iteration: `iteration ${w.iteration}` })), { field: "index", color: "iteration", title: "Winning sample index", maxBins: 4 }));
showTable(winners.slice(0, 8), { digits: 4 });
await run.close();
