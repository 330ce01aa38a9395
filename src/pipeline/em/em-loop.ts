import type { LanguageModel } from "../../lm/language-model.js";
import type { TrainingExample } from "../../lm/trainer.js";
import { PromptcotError } from "../../core/errors.js";
import { contentHash } from "../../core/hash.js";
import { defineTable } from "../../store/table-spec.js";
import type { StageContext } from "../stage.js";
import { sampleAndSelectRationales, winnerIndexEntropy, type StepRuntime } from "./e-step.js";
import { greedyRationales } from "./m-step.js";
import { heldoutProblemNll } from "./evaluate.js";
import { shouldStop, DEFAULT_STOP_RULE, type StopRule } from "./stop-rule.js";
import { promptModelExample, rationaleModelExample } from "./sequences.js";
import { DEFAULT_EM_SETTINGS, type EmIterationMetrics, type EmModels, type EmPair, type EmSettings, type ModelHooks } from "./types.js";

export type EmVariant = "full" | "no-e-step";

export interface EmLoopOptions {
  pairs: readonly EmPair[];
  /** Pairs never trained on, for the NLL diagnostic. */
  heldout: readonly EmPair[];
  /** Models after cold start (or base models for the "− cold-start" ablation). */
  initial: EmModels;
  iterations: number;
  settings?: Partial<EmSettings>;
  /** `false` runs all iterations. */
  stopRule?: StopRule | false;
  /** "full" = E-step + M-step; "no-e-step" = rationales fixed from the initial q, only p is trained. */
  variant?: EmVariant;
  seed: number;
  hooks?: ModelHooks & { save?: (model: LanguageModel, name: string) => Promise<string> };
  /** Prefix of the metric keys logged to the run (e.g. "em" or "ablation/no-e-step/seed-1"). */
  logPrefix?: string;
}

export interface EmLoopResult {
  models: EmModels;
  history: EmIterationMetrics[];
  stoppedBy: "iterations" | "stop-rule";
  /** Iterations restored from a previous interrupted run. */
  resumedIterations: number;
}

const emState = defineTable<{ loop_key: string; iteration: number; q_ref?: string; p_ref?: string; metrics: EmIterationMetrics }>({
  name: "em_state",
  columns: { loop_key: "VARCHAR", iteration: "INTEGER", q_ref: "VARCHAR", p_ref: "VARCHAR", metrics: "JSON" },
  primaryKey: ["loop_key", "iteration"],
});

async function fitModel(model: LanguageModel, role: string, examples: TrainingExample[], learningRate: number, settings: EmSettings, seed: number, hooks: ModelHooks | undefined): Promise<LanguageModel> {
  if (!model.trainer) {
    throw new PromptcotError(`the ${role} model ${model.modelId} (${model.provider}) has no trainer`, {
      remedy: "use a backend that can train (embedded, OpenAI fine-tuning, external command trainer)",
    });
  }
  const result = await model.trainer.fit(examples, { mode: "adapt", learningRate, epochs: settings.epochs, batchSize: settings.batchSize, seed });
  return hooks?.wrap ? hooks.wrap(result.model) : result.model;
}

/**
 * PromptCoT 2.0's EM loop (paper §3.2.2). Each iteration: E-step (K rationales from q at T, joint
 * log-likelihood reward under p, argmax, fit q on the winners), M-step (greedy z from the updated q, fit
 * p on (c, z, x)), then held-out NLL. Iteration 0 is the initial models' evaluation. Metrics go to the
 * run; with `hooks.save`/`hooks.load`, finished iterations are restored on a rerun instead of retrained.
 */
export async function runEmLoop(ctx: StageContext, options: EmLoopOptions): Promise<EmLoopResult> {
  const settings: EmSettings = { ...DEFAULT_EM_SETTINGS, ...options.settings };
  const variant = options.variant ?? "full";
  const prefix = options.logPrefix ?? "em";
  const stopRule = options.stopRule === false ? undefined : (options.stopRule ?? DEFAULT_STOP_RULE);
  const hooks = options.hooks;
  const loopKey = contentHash({
    variant,
    seed: options.seed,
    settings: { ...settings, concurrency: undefined },
    pairs: options.pairs.map((p) => p.pairId),
    heldout: options.heldout.map((p) => p.pairId),
    q: options.initial.q.modelId,
    p: options.initial.p.modelId,
  });
  const rt = (iteration: number, step: string): StepRuntime => ({
    seed: Number.parseInt(contentHash({ seed: options.seed, iteration, step }).slice(0, 8), 16),
    progress: (label, total) => ctx.run.progress(`${prefix} it${iteration} ${label}`, total),
    signal: ctx.signal,
  });

  let { q, p } = options.initial;
  const history: EmIterationMetrics[] = [];
  let resumedIterations = 0;
  let start = 1;
  if (hooks?.save && hooks.load) {
    const saved = await ctx.store.select(emState, "loop_key = $1 ORDER BY iteration", [loopKey]);
    const last = saved[saved.length - 1];
    if (last && last.iteration > 0 && last.q_ref && last.p_ref) {
      q = (hooks.wrap ?? ((m) => m))(await hooks.load(last.q_ref));
      p = (hooks.wrap ?? ((m) => m))(await hooks.load(last.p_ref));
      history.push(...saved.map((s) => withNaNs(s.metrics)));
      start = last.iteration + 1;
      resumedIterations = last.iteration;
    }
  }

  const log = async (m: EmIterationMetrics): Promise<void> => {
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(m)) if (k !== "iteration" && Number.isFinite(v)) values[`${prefix}/${k}`] = v;
    await ctx.run.log(values, m.iteration);
  };

  if (history.length === 0) {
    const t0 = performance.now();
    const nll = await heldoutProblemNll(q, p, options.heldout, settings, rt(0, "heldout"));
    const m0: EmIterationMetrics = {
      iteration: 0,
      meanReward: Number.NaN,
      meanSampleReward: Number.NaN,
      maxReward: Number.NaN,
      winnerIndexEntropy: Number.NaN,
      heldoutNll: nll.nll,
      heldoutNllPerToken: nll.nllPerToken,
      heldoutNllNoRationale: nll.nllNoRationale,
      heldoutNllNoRationalePerToken: nll.nllNoRationalePerToken,
      seconds: (performance.now() - t0) / 1000,
    };
    history.push(m0);
    await log(m0);
    await ctx.store.insert(emState, [{ loop_key: loopKey, iteration: 0, metrics: m0 }], { onConflict: "replace" });
  }

  // "− E-step": rationales are inferred once by the initial q and kept fixed.
  const fixed = variant === "no-e-step" ? (await greedyRationales(q, options.pairs, settings, { ...rt(0, "fixed"), label: "fixed rationales" })).rationales : undefined;

  let stoppedBy: EmLoopResult["stoppedBy"] = "iterations";
  for (let it = start; it <= options.iterations; it++) {
    const t0 = performance.now();
    let eMetrics = { meanReward: Number.NaN, meanSampleReward: Number.NaN, maxReward: Number.NaN, winnerIndexEntropy: Number.NaN };
    let rationales: Map<string, string>;
    if (variant === "full") {
      const e = await sampleAndSelectRationales(q, p, options.pairs, settings, rt(it, "e-step"));
      await ctx.run.drop(e.dropped);
      const byId = new Map(options.pairs.map((x) => [x.pairId, x]));
      q = await fitModel(q, "rationale (q)", e.winners.map((w) => rationaleModelExample(byId.get(w.pairId)!, w.rationale)), settings.eStepLearningRate, settings, rt(it, "fit-q").seed, hooks);
      const rewards = e.winners.map((w) => w.reward);
      const sampleMeans = e.winners.map((w) => mean(w.rewards.filter((r) => !Number.isNaN(r))));
      eMetrics = { meanReward: mean(rewards), meanSampleReward: mean(sampleMeans), maxReward: Math.max(...rewards), winnerIndexEntropy: winnerIndexEntropy(e.winners.map((w) => w.index), settings.k) };
      await ctx.run.table(`${prefix.replace(/\W/g, "_")}_winners`, e.winners.map((w) => ({ iteration: it, pairId: w.pairId, index: w.index, reward: w.reward, rationaleLogprob: w.rationaleLogprob, problemLogprob: w.problemLogprob })));
      const g = await greedyRationales(q, options.pairs, settings, rt(it, "m-step"));
      await ctx.run.drop(g.dropped);
      rationales = g.rationales;
    } else {
      rationales = fixed!;
    }
    const examples = options.pairs.filter((x) => rationales.has(x.pairId)).map((x) => promptModelExample(x, rationales.get(x.pairId)!));
    p = await fitModel(p, "prompt (p)", examples, settings.mStepLearningRate, settings, rt(it, "fit-p").seed, hooks);

    const nll = await heldoutProblemNll(q, p, options.heldout, settings, rt(it, "heldout"));
    const m: EmIterationMetrics = {
      iteration: it,
      ...eMetrics,
      heldoutNll: nll.nll,
      heldoutNllPerToken: nll.nllPerToken,
      heldoutNllNoRationale: nll.nllNoRationale,
      heldoutNllNoRationalePerToken: nll.nllNoRationalePerToken,
      seconds: (performance.now() - t0) / 1000,
    };
    history.push(m);
    await log(m);
    const refs = hooks?.save ? { q_ref: await hooks.save(q, `${prefix.replace(/\W/g, "_")}-q-it${it}`), p_ref: await hooks.save(p, `${prefix.replace(/\W/g, "_")}-p-it${it}`) } : {};
    await ctx.store.insert(emState, [{ loop_key: loopKey, iteration: it, metrics: m, ...refs }], { onConflict: "replace" });
    if (stopRule && shouldStop(history.slice(1).map((h) => h[stopRule.metric]), stopRule)) {
      stoppedBy = "stop-rule";
      break;
    }
  }
  return { models: { q, p }, history, stoppedBy, resumedIterations };
}

/** JSON stores NaN (metrics an iteration does not have, e.g. iteration 0's reward) as null. */
function withNaNs(m: EmIterationMetrics): EmIterationMetrics {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === null ? Number.NaN : v])) as unknown as EmIterationMetrics;
}

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}
