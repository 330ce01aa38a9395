import { join } from "node:path";
import type { LanguageModel } from "../../lm/language-model.js";
import type { Run } from "../../track/run.js";
import { loadConfig } from "../../config/load-config.js";
import { buildModels } from "../../config/build-models.js";

/** p and q of the synthesis job built from a model config, with the config's middleware. */
export interface ConfiguredModels {
  /** The `generator` role: p(z, x | c). */
  p: LanguageModel;
  /** The `rationale` role: q(z | c, x). */
  q: LanguageModel;
  /** Re-applies the config's middleware (request cache, retry, …) to a model a trainer returned. */
  wrap(model: LanguageModel): LanguageModel;
  close(): Promise<void>;
}

/**
 * Builds the `generator` and `rationale` roles of a config file for the synthesis job. Embedded roles
 * without a file get `embeddedBase` (the LM fitted on the seed problems); training metrics of every fit
 * and pool events go to the run.
 */
export async function configuredModels(file: string, run: Run, embeddedBase: () => Promise<LanguageModel>): Promise<ConfiguredModels> {
  const { config, file: path } = await loadConfig(file);
  const built = await buildModels(config, {
    store: run.store,
    workDir: join(run.dir, "config-models"),
    file: path,
    only: ["generator", "rationale"],
    embedded: () => embeddedBase(),
    onTrainerMetrics: (role, step, metrics) => void run.log(Object.fromEntries(Object.entries(metrics).map(([k, v]) => [`train/${role}/${k}`, v])), step),
    onPoolEvent: (role, event) => void run.table("pool_events", [{ role, ...(event as unknown as Record<string, unknown>) }]),
  });
  return { p: built.model("generator"), q: built.model("rationale"), wrap: built.wrap, close: () => built.close() };
}
