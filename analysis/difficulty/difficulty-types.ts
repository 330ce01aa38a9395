import type { ProportionInterval } from "../../src/metrics/wilson-interval.js";

/** One sampled problem's outcome in the difficulty protocol. */
export interface DifficultyProblemRow {
  corpus: string;
  problemId: string;
  /** The reference model's final answer (boxed, after the think block); absent when it gave none. */
  referenceAnswer?: string;
  /** Tokens of the reference model's reasoning (inside the think block), under the reference model's tokenizer. */
  reasoningTokens: number;
  /** Tokens of the whole reference response (reported by the server when it counts them). */
  responseTokens: number;
  /** Whether the reference response closed its think block (false = truncated or no think block). */
  thinkClosed: boolean;
  /** Solver samples drawn and how many matched the reference answer. */
  samples: number;
  correct: number;
  /** correct / samples (per-problem pass rate). */
  passRate: number;
  /** Verdict reasons of the solver samples, e.g. { match: 1, mismatch: 2, no_answer: 1 }. */
  verdicts: Record<string, number>;
}

/** One corpus's difficulty (paper Table 5 columns, measured here). */
export interface DifficultyCorpusRow {
  corpus: string;
  /** Problems sampled. */
  sampled: number;
  /** Problems with a reference answer (the accuracy denominator). */
  withReference: number;
  /** Mean per-problem pass rate of the solver, in [0, 1] (zero-shot accuracy when k = 1), with its Wilson 95% interval. */
  accuracy: number;
  lower: number;
  upper: number;
  /** Mean and median reasoning tokens of the reference model over all sampled problems. */
  meanReasoningTokens: number;
  medianReasoningTokens: number;
  /** Share of problems whose solver samples were all correct / all wrong. */
  allCorrect: number;
  allWrong: number;
}

export interface DifficultyResult {
  /** Model ids (recorded so a table says which models measured it). */
  referenceModel: string;
  solverModel: string;
  /** Solver samples per problem. */
  k: number;
  problems: DifficultyProblemRow[];
  corpora: DifficultyCorpusRow[];
  /** Problems left out of the accuracy, by reason (e.g. no_reference_answer, reference_failed, code_problem). */
  dropped: { corpus: string; problemId: string; reason: string; detail?: string }[];
}

export type { ProportionInterval };
