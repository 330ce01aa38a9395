import type { AnswerLabel } from "../../core/rows.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { renderMathSolvingPrompt } from "../../prompts/solving.js";
import { clusterEquivalentAnswers } from "../../verify/math/cluster-answers.js";
import type { EquivalenceOptions } from "../../verify/math/answers-equivalent.js";
import { extractAnswer, type ExtractOptions } from "../../verify/math/extract-answer.js";
import { Funnel } from "./funnel.js";
import { sampleResponses, type SamplingOptions } from "./sample-responses.js";
import type { PostTrainingProblem } from "./types.js";

/** A majority-vote label with what the vote looked like; `agreement` is the confidence column. */
export interface MajorityLabel extends AnswerLabel {
  /** Distinct answers (equivalence clusters) among the valid votes. */
  clusters: number;
  /** Size of the second-largest cluster (0 when there is one cluster). */
  runnerUp: number;
  /** True when the two largest clusters have the same size (the earliest answer wins). */
  tie: boolean;
}

/** One vote: the sampled response's extracted answer, or undefined when it had none. */
export interface LabelVote {
  problemId: string;
  sampleIndex: number;
  answer?: string;
  /** Cluster rank of this vote's answer (0 = the winner), absent for invalid votes. */
  cluster?: number;
}

/** Options of the vote: how answers are extracted and compared, and the lowest agreement kept. */
export interface VoteOptions {
  extract?: ExtractOptions;
  equivalence?: EquivalenceOptions;
  /** Labels whose winning share of valid votes is below this are dropped (`low_agreement`). Default 0. */
  minAgreement?: number;
  /** Fewer valid votes than this drops the problem (`too_few_votes`). Default 1. */
  minValidVotes?: number;
}

/**
 * Majority vote over responses to one problem: extract each final answer (last box after `</think>`),
 * cluster equivalent answers (the authors' greedy `math_equal` grouping) and take the largest cluster.
 * `agreement` = winner size / valid votes. Returns undefined when no response has an answer.
 *
 * @example
 * majorityVote("p", ["</think> \\boxed{1/2}", "</think> \\boxed{0.5}", "</think> \\boxed{3}", "<think> cut"])
 * // { label: { problemId: "p", answer: "1/2", agreement: 0.667, votes: 4, validVotes: 3, clusters: 2, runnerUp: 1, tie: false }, votes: [...] }
 */
export function majorityVote(problemId: string, texts: readonly string[], options: VoteOptions = {}): { label?: MajorityLabel; votes: LabelVote[] } {
  const answers = texts.map((t) => extractAnswer(t, options.extract));
  const clusters = clusterEquivalentAnswers(answers, options.equivalence);
  const rank = new Map<number, number>();
  clusters.forEach((c, r) => c.members.forEach((m) => rank.set(m, r)));
  const votes: LabelVote[] = answers.map((answer, sampleIndex) => {
    const cluster = rank.get(sampleIndex);
    return cluster === undefined ? { problemId, sampleIndex } : { problemId, sampleIndex, answer, cluster };
  });
  if (clusters.length === 0) return { votes };
  const validVotes = clusters.reduce((s, c) => s + c.members.length, 0);
  const top = clusters[0]!.members.length;
  const runnerUp = clusters[1]?.members.length ?? 0;
  return {
    label: { problemId, answer: clusters[0]!.representative, agreement: top / validVotes, votes: texts.length, validVotes, clusters: clusters.length, runnerUp, tie: runnerUp === top },
    votes,
  };
}

/** Options of `labelByMajorityVote`: sampling (default 8 samples) plus the vote. */
export interface MajorityLabelOptions extends SamplingOptions, VoteOptions {
  /** Samples per problem. Default 8 (paper §4). */
  samples?: number;
}

/** Result of `labelByMajorityVote`. */
export interface MajorityLabelResult {
  labels: MajorityLabel[];
  votes: LabelVote[];
  funnel: Funnel;
}

/**
 * Labels synthetic math problems by majority vote over `samples` generations of a solver model
 * (paper §4: 8 samples of Qwen3-30B-A3B-Thinking / GPT-OSS-120B). Drops are counted: generation_error,
 * no_valid_votes, too_few_votes, low_agreement.
 *
 * @example
 * const { labels } = await labelByMajorityVote(solver, problems, { samples: 8, temperature: 0.6, seed: 1 });
 * labels[0] // { problemId, answer: "\\frac{129}{32}", agreement: 0.75, votes: 8, validVotes: 8, … }
 */
export async function labelByMajorityVote(model: LanguageModel, problems: readonly PostTrainingProblem[], options: MajorityLabelOptions = {}): Promise<MajorityLabelResult> {
  const n = options.samples ?? 8;
  const results = await sampleResponses(
    model,
    problems.map((p) => ({ id: p.problemId, text: renderMathSolvingPrompt(p.problem), n })),
    options,
  );
  const funnel = new Funnel("label/problems");
  const labels: MajorityLabel[] = [];
  const votes: LabelVote[] = [];
  problems.forEach((p, i) => {
    funnel.input();
    const res = results[i]!;
    if ("error" in res) return funnel.drop(p.problemId, "generation_error", res.error);
    const vote = majorityVote(
      p.problemId,
      res.samples.map((s) => s.text),
      options,
    );
    votes.push(...vote.votes);
    const label = vote.label;
    if (!label) return funnel.drop(p.problemId, "no_valid_votes");
    if (label.validVotes < (options.minValidVotes ?? 1)) return funnel.drop(p.problemId, "too_few_votes", `${label.validVotes} valid of ${label.votes}`);
    if (label.agreement < (options.minAgreement ?? 0)) return funnel.drop(p.problemId, "low_agreement", `${label.answer}: ${(label.agreement * 100).toFixed(0)}%`);
    funnel.keep();
    labels.push(label);
  });
  return { labels, votes, funnel };
}
