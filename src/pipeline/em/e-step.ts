import type { LanguageModel } from "../../lm/language-model.js";
import { generate, score, type BatchOptions } from "../../lm/batch.js";
import type { DroppedRow } from "../../core/rows.js";
import type { Progress } from "../../track/progress.js";
import { jointScoreRequest, rationaleRequest } from "./sequences.js";
import type { EmPair, EmSettings } from "./types.js";

/** The best of K rationales for one pair. */
export interface EStepWinner {
  pairId: string;
  rationale: string;
  /** log p(z*|c) + log p(x|z*,c), nats. */
  reward: number;
  rationaleLogprob: number;
  problemLogprob: number;
  /** Index of the winning sample (0 … K−1). */
  index: number;
  /** Rewards of all scored samples, by sample index (NaN where a sample failed). */
  rewards: number[];
}

export interface EStepResult {
  winners: EStepWinner[];
  dropped: DroppedRow[];
}

export interface StepRuntime {
  /** Seed of this step (already specific to the iteration). */
  seed: number;
  progress?: (label: string, total: number) => Progress;
  signal?: AbortSignal;
}

/**
 * E-step (paper §3.2.2): for each (c, x), sample K rationales from q at temperature T, score each by the
 * joint log-likelihood log p(z|c) + log p(x|z,c) under the current p (one segmented score call), keep
 * the argmax (ties → lowest index). Fitting q on the winners is the caller's next step.
 */
export async function sampleAndSelectRationales(q: LanguageModel, p: LanguageModel, pairs: readonly EmPair[], settings: EmSettings, rt: StepRuntime): Promise<EStepResult> {
  const dropped: DroppedRow[] = [];
  const batch: BatchOptions = { concurrency: settings.concurrency, signal: rt.signal };
  const samples = new Map<string, string[]>();
  const gen = rt.progress?.("e-step: sample rationales", pairs.length);
  const requests = pairs.map((pair) => rationaleRequest(pair, { n: settings.k, temperature: settings.temperature, maxTokens: settings.maxRationaleTokens, seed: rt.seed }));
  for await (const s of generate(q, requests, batch)) {
    const pair = pairs[s.index]!;
    if (s.ok === true) samples.set(pair.pairId, s.result.samples.map((x) => x.text.trim()));
    else dropped.push({ stage: "em/e-step", id: pair.pairId, reason: "generation_failed", detail: s.message });
    gen?.tick();
  }
  gen?.finish();

  const scoreJobs: { pair: EmPair; index: number; rationale: string }[] = [];
  for (const pair of pairs) (samples.get(pair.pairId) ?? []).forEach((rationale, index) => scoreJobs.push({ pair, index, rationale }));
  const scored = new Map<string, { reward: number; rationaleLogprob: number; problemLogprob: number }[]>();
  const sc = rt.progress?.("e-step: score log p(z|c) + log p(x|z,c)", scoreJobs.length);
  for await (const s of score(p, scoreJobs.map((j) => jointScoreRequest(j.pair, j.rationale, `${j.pair.pairId}#${j.index}`)), batch)) {
    const job = scoreJobs[s.index]!;
    const list = scored.get(job.pair.pairId) ?? [];
    if (s.ok === true) {
      const [z, x] = s.result.segments;
      list[job.index] = { reward: eStepReward(z!.logprob, x!.logprob, settings.rewardPriorWeight), rationaleLogprob: z!.logprob, problemLogprob: x!.logprob };
    } else {
      dropped.push({ stage: "em/e-step", id: `${job.pair.pairId}#${job.index}`, reason: "score_failed", detail: s.message });
    }
    scored.set(job.pair.pairId, list);
    sc?.tick();
  }
  sc?.finish();

  const winners: EStepWinner[] = [];
  for (const pair of pairs) {
    const texts = samples.get(pair.pairId);
    const list = scored.get(pair.pairId);
    if (!texts || !list) continue;
    let best = -1;
    const rewards = texts.map((_, i) => list[i]?.reward ?? Number.NaN);
    rewards.forEach((r, i) => {
      if (!Number.isNaN(r) && (best < 0 || r > rewards[best]!)) best = i;
    });
    if (best < 0) {
      dropped.push({ stage: "em/e-step", id: pair.pairId, reason: "no_scored_sample" });
      continue;
    }
    const w = list[best]!;
    winners.push({ pairId: pair.pairId, rationale: texts[best]!, reward: w.reward, rationaleLogprob: w.rationaleLogprob, problemLogprob: w.problemLogprob, index: best, rewards });
  }
  return { winners, dropped };
}

/** The E-step reward β·log p(z|c) + log p(x|z,c) in nats (β = 1: the paper's joint log-likelihood). */
export function eStepReward(rationaleLogprob: number, problemLogprob: number, priorWeight = 1): number {
  return priorWeight === 0 ? problemLogprob : priorWeight * rationaleLogprob + problemLogprob;
}

/** Entropy in bits of the distribution of winning indices (uniform over K = log2 K). */
export function winnerIndexEntropy(indices: readonly number[], k: number): number {
  if (indices.length === 0) return 0;
  const counts = new Array<number>(k).fill(0);
  for (const i of indices) counts[i] = (counts[i] ?? 0) + 1;
  let h = 0;
  for (const c of counts) {
    if (c > 0) {
      const pr = c / indices.length;
      h -= pr * Math.log2(pr);
    }
  }
  return h;
}
