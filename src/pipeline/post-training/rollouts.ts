import type { Rollout } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { Funnel } from "./funnel.js";
import { sampleResponses, type SamplingOptions } from "./sample-responses.js";
import { solvingPrompt } from "./solving-prompt.js";
import type { PostTrainingProblem } from "./types.js";

/** Options of `sampleRollouts`. Defaults: 8 rollouts at temperature 1.2 (official README), 81,920 tokens. */
export interface RolloutOptions extends SamplingOptions {
  /** Rollouts per prompt. Default 8. */
  k?: number;
}

/** Result of `sampleRollouts`: rollouts in problem order, and the funnel over problems. */
export interface RolloutResult {
  rollouts: Rollout[];
  funnel: Funnel;
}

/**
 * Samples k rollouts per problem from the policy on the solving prompt (math suffix / LiveCodeBench
 * template). Rollout ids hash (problem, model, seed, temperature, sample index), so a rerun through the
 * request cache gives the same ids. A failed request drops the problem (`generation_error`).
 *
 * @example
 * const { rollouts } = await sampleRollouts(policy, problems, { k: 8, temperature: 1.25, seed: 0 });
 * rollouts.length // 8 × problems.length when nothing failed
 */
export async function sampleRollouts(model: LanguageModel, problems: readonly PostTrainingProblem[], options: RolloutOptions = {}): Promise<RolloutResult> {
  const k = options.k ?? 8;
  const temperature = options.temperature ?? 1.2;
  const seed = options.seed ?? 0;
  const results = await sampleResponses(
    model,
    problems.map((p) => ({ id: p.problemId, text: solvingPrompt(p), n: k })),
    { maxTokens: 81920, ...options, temperature, seed },
  );
  const funnel = new Funnel("selfplay/rollouts");
  const rollouts: Rollout[] = [];
  problems.forEach((p, i) => {
    funnel.input();
    const res = results[i]!;
    if ("error" in res) return funnel.drop(p.problemId, "generation_error", res.error);
    funnel.keep();
    for (const s of res.samples) {
      rollouts.push({
        rolloutId: shortId("roll", { problemId: p.problemId, model: model.modelId, seed, temperature, sampleIndex: s.index }),
        problemId: p.problemId,
        model: model.modelId,
        sampleIndex: s.index,
        temperature,
        text: s.text,
        finishReason: s.finishReason.unified,
        ...(s.outputTokens !== undefined ? { outputTokens: s.outputTokens } : {}),
      });
    }
  });
  return { rollouts, funnel };
}
