import type { LanguageModel } from "../../src/lm/language-model.js";
import type { TrainingExample } from "../../src/lm/trainer.js";
import { EmbeddedModel } from "../../src/lm/embedded/index.js";
import { runEmLoop, type EmVariant } from "../../src/pipeline/em/em-loop.js";
import { heldoutProblemNll } from "../../src/pipeline/em/evaluate.js";
import { promptModelExample, rationaleModelExample } from "../../src/pipeline/em/sequences.js";
import { DEFAULT_EM_SETTINGS, type EmPair, type EmSettings } from "../../src/pipeline/em/types.js";
import { Rng } from "../../src/core/rng.js";
import type { Run } from "../../src/track/run.js";

/** A pair with its annotated rationale (cold-start data). */
export type AnnotatedPair = EmPair & { rationale: string };

/** Fits a fresh model on examples (cold start). Default: the embedded LM fitted from scratch with the seed. */
export type FitFromScratch = (examples: readonly TrainingExample[], seed: number) => Promise<LanguageModel>;

export interface EmCurvesOptions {
  /** Annotated training pairs (c, z, x). */
  pairs: readonly AnnotatedPair[];
  /** Held-out pairs, never trained on: the NLL is measured on their problems. */
  heldout: readonly EmPair[];
  /** One EM run per seed and variant (the band is over seeds). */
  seeds: readonly number[];
  iterations: number;
  /** Default both: "full" (with E-step) and "no-e-step" (rationales fixed from the initial q). */
  variants?: readonly EmVariant[];
  /** Train each seed on a seeded subsample of this many pairs (default: all pairs, so seeds differ only in sampling). */
  pairsPerSeed?: number;
  settings?: Partial<EmSettings>;
  /** Metric-key prefix (default "em-curves"). */
  prefix?: string;
  fit?: FitFromScratch;
  /** The run that receives every metric (its store also holds the EM state). */
  run: Run;
  onProgress?: (message: string) => void;
}

/** What was run, for the caller's record (the metrics themselves are in the run). */
export interface EmCurvesRun {
  prefix: string;
  seeds: number[];
  variants: EmVariant[];
  iterations: number;
  /** Wall-clock seconds per (seed, variant) loop. */
  seconds: Record<string, number>;
}

const defaultFit: FitFromScratch = (examples, seed) => EmbeddedModel.fit(examples, { seed });

/**
 * Runs the paper's EM analysis (§5.10, figure "em_nll") on our data and logs it to one run:
 * for every seed, a cold start (q on (c, x) → z, p on c → (z, x)), then `runEmLoop` once per variant, logging
 * `<prefix>/<variant>/seed-<s>/heldoutNll` (and the other per-iteration metrics) at step = iteration. The two flat
 * references are logged at step 0:
 * - `<prefix>/init-rationale/seed-<s>/…`: the cold-started p, conditioned on q's greedy rationales;
 * - `<prefix>/init-no-rationale/seed-<s>/…`: a p fitted on c → x only (empty rationale block) and scored the same
 *   way without a rationale. `src/pipeline/em` has no "cold start without rationale", so this emulates it.
 *
 * @example await runEmCurves({ pairs, heldout, seeds: [1, 2, 3], iterations: 2, run }) // then readEmCurves(run.store)
 */
export async function runEmCurves(options: EmCurvesOptions): Promise<EmCurvesRun> {
  const prefix = options.prefix ?? "em-curves";
  const variants = [...(options.variants ?? ["full", "no-e-step"])];
  const fit = options.fit ?? defaultFit;
  const settings: EmSettings = { ...DEFAULT_EM_SETTINGS, ...options.settings };
  const seconds: Record<string, number> = {};
  const ctxFor = (seed: number) => ({ run: options.run, store: options.run.store, seed });
  for (const seed of options.seeds) {
    const pairs = options.pairsPerSeed && options.pairsPerSeed < options.pairs.length ? new Rng(seed, "em-curves/pairs").sample(options.pairs, options.pairsPerSeed) : [...options.pairs];
    options.onProgress?.(`seed ${seed}: cold start on ${pairs.length} pairs`);
    const q = await fit(pairs.map((t) => rationaleModelExample(t, t.rationale)), seed);
    const p = await fit(pairs.map((t) => promptModelExample(t, t.rationale)), seed);
    const pNoRationale = await fit(pairs.map((t) => promptModelExample(t, "")), seed);
    const rt = { seed };
    const init = await heldoutProblemNll(q, p, options.heldout, settings, rt);
    const initNone = await heldoutProblemNll(q, pNoRationale, options.heldout, settings, rt);
    await options.run.log(
      {
        [`${prefix}/init-rationale/seed-${seed}/heldoutNll`]: init.nll,
        [`${prefix}/init-rationale/seed-${seed}/heldoutNllPerToken`]: init.nllPerToken,
        [`${prefix}/init-no-rationale/seed-${seed}/heldoutNll`]: initNone.nllNoRationale,
        [`${prefix}/init-no-rationale/seed-${seed}/heldoutNllPerToken`]: initNone.nllNoRationalePerToken,
      },
      0,
    );
    for (const variant of variants) {
      options.onProgress?.(`seed ${seed}: EM ${variant}, ${options.iterations} iterations`);
      const t0 = performance.now();
      await runEmLoop(ctxFor(seed), {
        pairs,
        heldout: options.heldout,
        initial: { q, p },
        iterations: options.iterations,
        settings: options.settings,
        stopRule: false,
        variant,
        seed,
        logPrefix: `${prefix}/${variant}/seed-${seed}`,
      });
      seconds[`${variant}/seed-${seed}`] = (performance.now() - t0) / 1000;
    }
  }
  return { prefix, seeds: [...options.seeds], variants, iterations: options.iterations, seconds };
}
