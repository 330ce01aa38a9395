import type { LanguageModel } from "../../lm/language-model.js";
import type { Run } from "../../track/run.js";
import { labelByMajorityVote, type MajorityLabel, type MajorityLabelOptions } from "./majority-label.js";
import { recordStage } from "./record-stage.js";
import type { PostTrainingProblem } from "./types.js";

/** What `runLabelStage` returns: labelled problems (answer + confidence) and the labels. */
export interface LabelStageReport {
  problems: Array<PostTrainingProblem & { answerConfidence: number }>;
  labels: MajorityLabel[];
}

/**
 * The `label` stage in a run: majority-vote labels for math problems, stored as run tables
 * `majority_labels` (agreement = confidence column) and `label_votes`, the funnel in
 * `post_training_funnel`, drops in the run's drop table. Returns the problems with `answer` set.
 *
 * @example const { problems } = await runLabelStage(run, solver, synthetic, { samples: 8, seed: 0 });
 */
export async function runLabelStage(run: Run, solver: LanguageModel, problems: readonly PostTrainingProblem[], options: MajorityLabelOptions = {}): Promise<LabelStageReport> {
  const math = problems.filter((p) => p.domain === "math");
  const result = await labelByMajorityVote(solver, math, options);
  await recordStage(run, "majority_labels", result.labels.map((l) => ({ ...l, model: solver.modelId })), [result.funnel]);
  await run.table("label_votes", result.votes);
  const byId = new Map(result.labels.map((l) => [l.problemId, l]));
  const labelled = math.flatMap((p) => {
    const l = byId.get(p.problemId);
    return l ? [{ ...p, answer: l.answer, answerConfidence: l.agreement }] : [];
  });
  const mean = result.labels.length ? result.labels.reduce((s, l) => s + l.agreement, 0) / result.labels.length : 0;
  await run.log({ label_problems: math.length, label_kept: labelled.length, label_mean_agreement: mean });
  return { problems: labelled, labels: result.labels };
}
