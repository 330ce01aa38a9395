import type { LanguageModel } from "../language-model.js";
import type { Trainer } from "../trainer.js";

/** The same model with a trainer attached (what `FitResult.model` needs so the EM loop can fit it again). */
export function withTrainer(model: LanguageModel, trainer: Trainer): LanguageModel {
  return {
    specificationVersion: "v1",
    provider: model.provider,
    modelId: model.modelId,
    capabilities: model.capabilities,
    trainer,
    doGenerate: (r, o) => model.doGenerate(r, o),
    doScore: (r, o) => model.doScore(r, o),
    countTokens: (t) => model.countTokens(t),
  };
}
