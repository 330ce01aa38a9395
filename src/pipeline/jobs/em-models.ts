import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { LanguageModel } from "../../lm/language-model.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import type { LanguageModelMiddleware } from "../../lm/middleware.js";
import { EmbeddedModel } from "../../lm/embedded/index.js";
import { PromptcotError } from "../../core/errors.js";
import type { ModelHooks } from "../em/types.js";

/**
 * Model plumbing for a job on the embedded LM: every fitted model is saved under `<dir>` (so an
 * interrupted job reloads it instead of refitting) and wrapped with the run's middleware (request cache),
 * so a killed stage redoes no finished request.
 */
export interface EmbeddedModelHooks extends Required<ModelHooks> {
  save(model: LanguageModel, name: string): Promise<string>;
  /** The base (unfitted-structure) model for cold start: the embedded LM fitted on bare problems. */
  base(problems: readonly string[], seed: number): Promise<LanguageModel>;
}

export function embeddedModelHooks(dir: string, middleware: readonly LanguageModelMiddleware[]): EmbeddedModelHooks {
  mkdirSync(dir, { recursive: true });
  // The raw model behind each wrapped one, so `save` can reach it.
  const raw = new Map<string, EmbeddedModel>();
  const wrap = (model: LanguageModel): LanguageModel => {
    if (model instanceof EmbeddedModel) raw.set(model.modelId, model);
    return middleware.length ? wrapLanguageModel(model, middleware) : model;
  };
  return {
    wrap,
    async load(ref) {
      if (!existsSync(ref)) throw new PromptcotError(`model file ${ref} is missing`, { remedy: "rerun with --fresh to refit the models" });
      return EmbeddedModel.load(ref, { outputDir: dir });
    },
    async save(model) {
      // The trainer already saved every fit as <dir>/<modelId>.eplm; save only models from elsewhere.
      const file = join(dir, `${model.modelId}.eplm`);
      if (existsSync(file)) return file;
      const m = raw.get(model.modelId);
      if (!m) throw new PromptcotError(`cannot save model ${model.modelId}: it is not an embedded model of this job`);
      await m.save(file);
      return file;
    },
    async base(problems, seed) {
      const file = join(dir, `base-${seed}.eplm`);
      if (existsSync(file)) return wrap(await EmbeddedModel.load(file, { outputDir: dir }));
      const model = await EmbeddedModel.fit(problems.map((p) => ({ prompt: "", completion: p })), { seed, outputDir: dir });
      await model.save(file);
      return wrap(model);
    },
  };
}
