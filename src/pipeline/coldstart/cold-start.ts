import type { LanguageModel } from "../../lm/language-model.js";
import type { FitHyperparams } from "../../lm/trainer.js";
import { PromptcotError } from "../../core/errors.js";
import type { EmModels, EmPair, ModelHooks } from "../em/types.js";
import { promptModelExample, rationaleModelExample } from "../em/sequences.js";

/** Cold-start hyper-parameters (paper §5.4.1: lr 2e-5, batch 16, 2 epochs, for both models). */
export const COLD_START_HPARAMS: FitHyperparams = { learningRate: 2e-5, batchSize: 16, epochs: 2, mode: "refit" };

export interface ColdStartResult extends EmModels {
  metrics: { q: Record<string, number>; p: Record<string, number> };
  modelRefs: { q: string; p: string };
}

/**
 * Cold start (paper §3.2.1): supervised fitting of q on (c, x) → z and of p on c → (z, x) from annotated
 * triples, through each base model's Trainer. `validation` pairs give held-out metrics.
 */
export async function coldStart(
  base: EmModels,
  triples: readonly (EmPair & { rationale: string })[],
  options: { seed: number; hparams?: Partial<FitHyperparams>; validation?: readonly (EmPair & { rationale: string })[]; hooks?: ModelHooks } = { seed: 0 },
): Promise<ColdStartResult> {
  const hp: FitHyperparams = { ...COLD_START_HPARAMS, ...options.hparams, seed: options.seed };
  const fit = async (model: LanguageModel, role: string, build: (t: EmPair & { rationale: string }) => { prompt: string; completion: string }) => {
    if (!model.trainer) throw new PromptcotError(`the ${role} base model ${model.modelId} has no trainer`, { remedy: "use a backend that can train" });
    const result = await model.trainer.fit(triples.map(build), { ...hp, validation: options.validation?.map(build) });
    return { ...result, model: options.hooks?.wrap ? options.hooks.wrap(result.model) : result.model };
  };
  const q = await fit(base.q, "rationale (q)", (t) => rationaleModelExample(t, t.rationale));
  const p = await fit(base.p, "prompt (p)", (t) => promptModelExample(t, t.rationale));
  return { q: q.model, p: p.model, metrics: { q: q.metrics, p: p.metrics }, modelRefs: { q: q.modelRef, p: p.modelRef } };
}
