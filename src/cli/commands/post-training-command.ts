import { numberFlag } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { openRun } from "../../track/open-run.js";
import type { Run } from "../../track/run.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { openPostTrainingModel, readPostTrainingProblems, type PostTrainingProblem, type RequestStyle } from "../../pipeline/post-training/index.js";

/** Flags every post-training command takes: the problems, the model, the seed and the run folder. */
export const POST_TRAINING_FLAGS = {
  input: { type: "string" },
  "base-url": { type: "string" },
  model: { type: "string" },
  embedded: { type: "string" },
  seed: { type: "string" },
  root: { type: "string" },
  name: { type: "string" },
} as const;

type CommonValues = { input?: string; "base-url"?: string; model?: string; embedded?: string; seed?: string; root?: string; name?: string };

/** `--style chat|prompt` (default chat). */
export function styleFlag(value: string | undefined): RequestStyle {
  const style = (value ?? "chat") as RequestStyle;
  if (style !== "chat" && style !== "prompt") throw new ConfigError(undefined, "--style", `invalid style: ${value} (expected chat | prompt)`);
  return style;
}

/** What a post-training command's stage gets: its run, the model behind the run's request cache, the problems. */
export interface PostTrainingContext {
  run: Run;
  model: LanguageModel;
  /** Puts another model (e.g. a solver) behind the same request cache. */
  cached(model: LanguageModel): LanguageModel;
  problems: PostTrainingProblem[];
  seed: number;
}

/**
 * The skeleton of `label`, `testgen`, `selfplay` and `sft-data`: read `--input`, open the model, open the
 * run (config: stage, input, model id, seed, plus `config`), put the model behind the run's request
 * cache (a rerun of the same command reuses every finished sample), run the stage, print the cache
 * stats, then `report`. A failure marks the run failed.
 */
export async function runPostTrainingCommand<T>(
  command: string,
  values: CommonValues,
  role: string,
  stage: (ctx: PostTrainingContext) => Promise<T>,
  report: (result: T, ctx: PostTrainingContext) => Promise<void> | void,
  config: Record<string, unknown> = {},
): Promise<number> {
  if (!values.input) throw new ConfigError(undefined, "--input", "missing problems file", { remedy: "pass --input problems.jsonl" });
  const problems = await readPostTrainingProblems(values.input);
  const model = await openPostTrainingModel({ baseURL: values["base-url"], model: values.model, embeddedFile: values.embedded }, role);
  const seed = numberFlag(command, "seed", values.seed, 0, { integer: true });
  const run = await openRun({ root: values.root ?? "runs", name: values.name ?? command, config: { stage: command, input: values.input, model: model.modelId, ...config, seed } });
  const cache = cacheMiddleware(run.store);
  const cached = (m: LanguageModel) => wrapLanguageModel(m, [cache]);
  const ctx: PostTrainingContext = { run, model: cached(model), cached, problems, seed };
  try {
    const result = await stage(ctx);
    await cache.flush();
    console.log(formatCacheStats(cache.stats));
    await report(result, ctx);
    await run.close();
    return 0;
  } catch (error) {
    await run.finish({ status: "failed" });
    await run.close();
    throw error;
  }
}
