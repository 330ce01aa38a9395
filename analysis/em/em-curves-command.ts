import type { Command } from "../../src/cli/command.js";
import { numberFlag, parseFlags } from "../../src/cli/args.js";
import { loadSeedProblems, seedToTriple } from "../../src/datasets/seed.js";
import { openRun } from "../../src/track/open-run.js";
import { Rng } from "../../src/core/rng.js";
import { runEmCurves } from "./run-em-curves.js";

export const EM_CURVES_USAGE = `promptcot em-curves [options]
  Runs the paper's EM analysis (§5.10) on the shipped math seed triples with the embedded LM: per seed a cold start,
  then EM with and without the E-step, plus the two initialisation references; metrics land in <root>/<name>/run.duckdb.
  --root DIR              runs folder (default runs)
  --name NAME             run name (default em-curves)
  --seeds 1,2,3           seeds, one EM run per seed and variant (default 1,2,3)
  --iterations N          EM iterations (default 2)
  --pairs N               training pairs per seed, a seeded subsample (default 30)
  --heldout N             held-out pairs (default 12)
  --k N                   rationale samples per pair in the E-step (default 4)
  --max-rationale-tokens N (default 96)
  --temperature T         E-step sampling temperature (default 0.5: the embedded LM's setting, docs/em.md; the paper uses 1.0)`;

/**
 * `promptcot em-curves`: the data behind notebook 08 and the EM figure. A child process can run it while a notebook
 * only reads the store (tslab cannot type-check the EM loop's imports, see analysis/difficulty/generate-all.ts).
 */
export const emCurvesCommand: Command = {
  summary: "run EM with and without the E-step over several seeds and log held-out NLL curves (paper §5.10)",
  help: EM_CURVES_USAGE,
  async run(argv) {
    const { values } = parseFlags("em-curves", argv, {
      root: { type: "string" },
      name: { type: "string" },
      seeds: { type: "string" },
      iterations: { type: "string" },
      pairs: { type: "string" },
      heldout: { type: "string" },
      k: { type: "string" },
      "max-rationale-tokens": { type: "string" },
      temperature: { type: "string" },
    });
    const seeds = (values.seeds ?? "1,2,3").split(",").map((s) => numberFlag("em-curves", "seeds", s.trim(), 0, { integer: true }));
    const heldoutCount = numberFlag("em-curves", "heldout", values.heldout, 12, { integer: true, min: 1 });
    const triples = new Rng(0, "em-curves/split").shuffle((await loadSeedProblems({ domain: "math" })).map(seedToTriple));
    const heldout = triples.slice(0, heldoutCount);
    const pairs = triples.slice(heldoutCount);
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "em-curves", config: { command: "em-curves", argv }, quiet: true, wandb: false });
    try {
      const result = await runEmCurves({
        pairs,
        heldout,
        seeds,
        iterations: numberFlag("em-curves", "iterations", values.iterations, 2, { integer: true, min: 0 }),
        pairsPerSeed: numberFlag("em-curves", "pairs", values.pairs, 30, { integer: true, min: 1 }),
        settings: { k: numberFlag("em-curves", "k", values.k, 4, { integer: true, min: 1 }), maxRationaleTokens: numberFlag("em-curves", "max-rationale-tokens", values["max-rationale-tokens"], 96, { integer: true, min: 1 }), temperature: numberFlag("em-curves", "temperature", values.temperature, 0.5, { min: 0 }), concurrency: 2 },
        run,
        onProgress: (message) => process.stderr.write(`${message}\n`),
      });
      process.stdout.write(`${JSON.stringify({ store: run.store.path, runId: run.id, ...result })}\n`);
    } finally {
      await run.close();
    }
    return 0;
  },
};
