import type { LanguageModel } from "../../lm/language-model.js";
import type { Triple } from "../../core/rows.js";

/** An observed (c, x) pair plus the rationale z it currently has (from annotation, or the last E-step). */
export type EmPair = Pick<Triple, "pairId" | "domain" | "level" | "concepts" | "problem"> & { rationale?: string };

/** The two models of PromptCoT 2.0. */
export interface EmModels {
  /** q(z | c, x): the rationale model. */
  q: LanguageModel;
  /** p(z, x | c): the prompt model. */
  p: LanguageModel;
}

/** How the loop obtains usable models from fit results and model references (resume). */
export interface ModelHooks {
  /** Wraps a freshly trained or loaded model with middleware (request cache, …). Default: identity. */
  wrap?: (model: LanguageModel) => LanguageModel;
  /** Reloads a model from `FitResult.modelRef` (needed to resume an interrupted loop). */
  load?: (ref: string) => Promise<LanguageModel>;
}

/** Sampling and training settings (paper §3.2.2 and §5.4.1 defaults). */
export interface EmSettings {
  /** Rationale samples per pair in the E-step. Paper: 8. */
  k: number;
  /** E-step sampling temperature. Paper: 1.0. */
  temperature: number;
  /** Maximum rationale tokens. */
  maxRationaleTokens: number;
  /** E-step fit learning rate. Paper: 2e-6. */
  eStepLearningRate: number;
  /** M-step fit learning rate. Paper: 2e-6. */
  mStepLearningRate: number;
  /** Epochs per fit (not specified by the paper). Default 1. */
  epochs: number;
  /** Batch size (paper 16; embedded trainer ignores it). */
  batchSize: number;
  /** Requests in flight (1 suits the in-process model; raise it for servers). */
  concurrency: number;
  /**
   * Weight β of the rationale prior in the E-step reward β·log p(z|c) + log p(x|z,c). 1 is the paper's
   * joint log-likelihood; 0 keeps only log p(x|z,c) (a flat prior over rationales). With the embedded
   * n-gram LM the prior term favours the shortest samples and q collapses onto near-empty rationales;
   * see docs/em.md for the measurements behind choosing β.
   */
  rewardPriorWeight: number;
}

export const DEFAULT_EM_SETTINGS: EmSettings = {
  k: 8,
  temperature: 1.0,
  maxRationaleTokens: 256,
  eStepLearningRate: 2e-6,
  mStepLearningRate: 2e-6,
  epochs: 1,
  batchSize: 16,
  concurrency: 4,
  rewardPriorWeight: 1,
};

/** Metrics of one EM iteration, logged to the run. NLLs are natural-log nats. */
export interface EmIterationMetrics {
  iteration: number;
  /** Mean over pairs of the winning reward log p(z*|c) + log p(x|z*,c). */
  meanReward: number;
  /** Mean over pairs of the reward averaged over the K samples. */
  meanSampleReward: number;
  maxReward: number;
  /** Entropy (bits) of the distribution of winning sample indices; log2(K) = uniform. */
  winnerIndexEntropy: number;
  /** Held-out −log p(x | z, c) with z greedy from q: per problem and per token. */
  heldoutNll: number;
  heldoutNllPerToken: number;
  /** Held-out −log p(x | c) with an empty rationale block. */
  heldoutNllNoRationale: number;
  heldoutNllNoRationalePerToken: number;
  seconds: number;
}
