import { join } from "node:path";
import type { LanguageModel } from "../../lm/language-model.js";
import type { Run } from "../../track/run.js";
import { assignRewards, type RewardOptions } from "./assign-rewards.js";
import { buildDpoPairs, type DpoPair, type DpoPairOptions } from "./dpo-pairs.js";
import { exportDpoPairs, type ExportedFiles } from "./export-training-data.js";
import type { FunnelRow } from "./funnel.js";
import { artifactName, recordStage } from "./record-stage.js";
import { sampleRollouts, type RolloutOptions } from "./rollouts.js";
import type { PostTrainingProblem } from "./types.js";

/** Options of `runSelfPlayStage`: one block per step. */
export interface SelfPlayStageOptions {
  rollouts?: RolloutOptions;
  rewards?: RewardOptions;
  pairs?: DpoPairOptions;
  /** Where the JSONL files go. Default `<run.dir>/artifacts`. */
  exportDir?: string;
}

/** What `runSelfPlayStage` returns. */
export interface SelfPlayStageReport {
  pairs: DpoPair[];
  files: ExportedFiles;
  /** All funnels of the stage (rollouts, problems, valid rollouts). */
  funnel: FunnelRow[];
  /** Pass counts per problem (every rollout counted). */
  passRates: Array<{ problemId: string; domain: string; passes: number; rollouts: number }>;
}

/**
 * The `selfplay` stage in a run: k rollouts per problem → binary rewards (math grader, code sandbox)
 * → filters → DPO pairs, stored as run tables `selfplay_rollouts`, `selfplay_rewards`, `dpo_pairs`
 * (funnels in `post_training_funnel`, drops in the drop table) and exported as `dpo-trl.jsonl` and
 * `dpo-authors.jsonl` artifacts.
 *
 * @example const report = await runSelfPlayStage(run, policy, problems, { rollouts: { k: 8, temperature: 1.25 }, pairs: { rule: "paper" } });
 */
export async function runSelfPlayStage(run: Run, policy: LanguageModel, problems: readonly PostTrainingProblem[], options: SelfPlayStageOptions = {}): Promise<SelfPlayStageReport> {
  const { rollouts, funnel: rolloutFunnel } = await sampleRollouts(policy, problems, options.rollouts);
  await recordStage(run, "selfplay_rollouts", rollouts, [rolloutFunnel]);
  const rewards = await assignRewards(problems, rollouts, options.rewards);
  await run.table("selfplay_rewards", rewards);
  const built = buildDpoPairs(problems, rollouts, rewards, options.pairs);
  await recordStage(run, "dpo_pairs", built.pairs, [built.problemFunnel, built.rolloutFunnel]);
  const dir = options.exportDir ?? join(run.dir, "artifacts");
  const files = await exportDpoPairs(built.pairs, dir);
  for (const f of Object.values(files)) await run.artifact(f.file, { type: "jsonl", name: artifactName(run.dir, f.file) });

  const passes = new Map<string, number>();
  const totals = new Map<string, number>();
  rollouts.forEach((r, i) => {
    totals.set(r.problemId, (totals.get(r.problemId) ?? 0) + 1);
    passes.set(r.problemId, (passes.get(r.problemId) ?? 0) + rewards[i]!.reward);
  });
  const passRates = problems.map((p) => ({ problemId: p.problemId, domain: p.domain, passes: passes.get(p.problemId) ?? 0, rollouts: totals.get(p.problemId) ?? 0 }));
  await run.log({ selfplay_rollouts: rollouts.length, selfplay_reward_mean: rewards.length ? rewards.reduce((s, r) => s + r.reward, 0) / rewards.length : 0, selfplay_pairs: built.pairs.length });
  return { pairs: built.pairs, files, funnel: [...rolloutFunnel.rows(), ...built.problemFunnel.rows(), ...built.rolloutFunnel.rows()], passRates };
}
