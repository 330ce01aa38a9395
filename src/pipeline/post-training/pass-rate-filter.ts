/**
 * Which problems are hard enough for self-play. "paper": drop when solved in at least half of the
 * rollouts (paper §4: "≥ half → excluded"); "code": drop only above half (`prepare_self_play_data.py`
 * keeps 4/8). Never-solved problems are dropped by default (DPO needs a positive).
 */
export type PassRateRule = "paper" | "code";

/** Options of `passRateDecision`. */
export interface PassRateOptions {
  /** Default "paper". */
  rule?: PassRateRule;
  /** An explicit ceiling instead of the rule: drop when pass rate > maxPassRate. */
  maxPassRate?: number;
  /** Drop problems with 0 passes. Default true. */
  dropNeverSolved?: boolean;
}

/** Keep, or drop with the reason. */
export type PassRateDecision = { keep: true; passRate: number } | { keep: false; reason: "no_rollouts" | "too_easy" | "never_solved"; passRate: number };

/**
 * Applies the pass-rate window to a problem with `passes` successes among `total` rollouts (the
 * authors count every rollout, valid or not).
 *
 * @example passRateDecision(4, 8) // { keep: false, reason: "too_easy", passRate: 0.5 } (paper rule)
 * @example passRateDecision(4, 8, { rule: "code" }) // { keep: true, passRate: 0.5 }
 */
export function passRateDecision(passes: number, total: number, options: PassRateOptions = {}): PassRateDecision {
  if (total <= 0) return { keep: false, reason: "no_rollouts", passRate: 0 };
  const passRate = passes / total;
  const tooEasy =
    options.maxPassRate !== undefined ? passRate > options.maxPassRate : (options.rule ?? "paper") === "paper" ? 2 * passes >= total : 2 * passes > total;
  if (tooEasy) return { keep: false, reason: "too_easy", passRate };
  if (passes === 0 && (options.dropNeverSolved ?? true)) return { keep: false, reason: "never_solved", passRate };
  return { keep: true, passRate };
}
