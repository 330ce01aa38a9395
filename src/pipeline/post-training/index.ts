// Post-training data: unit tests for code, majority-vote labels for math, rollouts and rewards, self-play DPO pairs, SFT data.
export { authorsSource, type PostTrainingProblem, type ProblemOrigin, type RequestStyle } from "./types.js";
export { Funnel, type FunnelRow } from "./funnel.js";
export { sampleResponses, promptRequest, type SamplingOptions, type SampleJob, type JobSamples } from "./sample-responses.js";
export { solvingPrompt } from "./solving-prompt.js";
export { generateUnitTests, type GenerateTestsOptions, type GenerateTestsResult, type GeneratedTests, type TestCandidate } from "./generate-tests.js";
export {
  validateUnitTests,
  filterTestsByAgreement,
  solutionsFromTexts,
  type CandidateSolution,
  type TestAgreement,
  type ProblemTestReport,
  type TestValidation,
} from "./validate-tests.js";
export { majorityVote, labelByMajorityVote, type MajorityLabel, type LabelVote, type VoteOptions, type MajorityLabelOptions, type MajorityLabelResult } from "./majority-label.js";
export { sampleRollouts, type RolloutOptions, type RolloutResult } from "./rollouts.js";
export { assignRewards, type RolloutReward, type RewardOptions } from "./assign-rewards.js";
export { cjkShare } from "./script-share.js";
export { checkRolloutValidity, type InvalidRolloutReason, type ValidityOptions, type ValidityResult } from "./rollout-validity.js";
export { passRateDecision, type PassRateRule, type PassRateOptions, type PassRateDecision } from "./pass-rate-filter.js";
export { selfPlayProblemIssue, TRUNCATED_TEMPLATE_PATTERNS } from "./problem-filter.js";
export { buildDpoPairs, type DpoPair, type DpoPairOptions, type DpoPairResult } from "./dpo-pairs.js";
export { harmonyToThink, type HarmonyFailure } from "./harmony.js";
export { sampleTeacherTraces, buildSftExamples, tokenCounter, type TeacherTrace, type SftExample, type SftOptions, type TokenCounter } from "./sft-data.js";
export { toTrlDpoRow, toAuthorsDpoRow, toMessagesRow, toAuthorsSftRow, type TrlDpoRow, type AuthorsDpoRow, type MessagesRow, type AuthorsSftRow } from "./training-formats.js";
export { checkTrainingRow, checkTrainingJsonl, assertTrainingJsonl, type TrainingFormat, type FormatIssue } from "./format-validators.js";
export { exportDpoPairs, exportSftExamples, type ExportedFiles } from "./export-training-data.js";
export { recordStage, artifactName } from "./record-stage.js";
export { runLabelStage, type LabelStageReport } from "./run-label.js";
export { runTestgenStage, type TestgenStageOptions, type TestgenStageReport } from "./run-testgen.js";
export { runSelfPlayStage, type SelfPlayStageOptions, type SelfPlayStageReport } from "./run-self-play.js";
export { runSftDataStage, type SftDataStageOptions, type SftDataStageReport } from "./run-sft-data.js";
export { problemsFromSeeds, problemsFromBenchmark, readPostTrainingProblems, validatePostTrainingProblem } from "./problem-io.js";
export { openPostTrainingModel, type ModelSpec } from "./open-model.js";
