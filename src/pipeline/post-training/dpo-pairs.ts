import type { Rollout } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import { Rng } from "../../core/rng.js";
import type { RolloutReward } from "./assign-rewards.js";
import { Funnel } from "./funnel.js";
import { passRateDecision, type PassRateOptions } from "./pass-rate-filter.js";
import { selfPlayProblemIssue } from "./problem-filter.js";
import { checkRolloutValidity, type ValidityOptions } from "./rollout-validity.js";
import { cjkShare } from "./script-share.js";
import { solvingPrompt } from "./solving-prompt.js";
import { authorsSource, type PostTrainingProblem } from "./types.js";

/** One chosen/rejected pair with its lineage; export with `toTrlDpoRow` / `toAuthorsDpoRow`. */
export interface DpoPair {
  pairId: string;
  problemId: string;
  domain: PostTrainingProblem["domain"];
  /** The authors' source label (PromptCoT-Math, OpenSource-Code, …). */
  source: string;
  /** The solving prompt (user turn). */
  prompt: string;
  /** A valid rollout with reward 1, as trained on (think block restored). */
  chosen: string;
  /** A valid rollout with reward 0. */
  rejected: string;
  chosenRolloutId: string;
  rejectedRolloutId: string;
  /** Pass rate of the problem over all its rollouts. */
  passRate: number;
}

/** Options of `buildDpoPairs`. */
export interface DpoPairOptions extends PassRateOptions, ValidityOptions {
  /** Seed of the pairing shuffle. Default 0. */
  seed?: number;
  /** At most this many pairs per problem (the authors' max_count; a comment suggests 2–4 for voted labels). */
  maxPairsPerProblem?: number;
}

/** Result of `buildDpoPairs`: the pairs and two funnels (problems, rollouts). */
export interface DpoPairResult {
  pairs: DpoPair[];
  problemFunnel: Funnel;
  rolloutFunnel: Funnel;
}

/**
 * Self-play pairs (paper §4, official code §4.4): per problem, apply the problem filter and the
 * pass-rate window, keep valid rollouts, split them by reward, drop duplicate texts, and pair
 * `min(#pos, #neg)` distinct positives with distinct negatives after a seeded shuffle (the authors'
 * order depended on Python's hash seed). Every dropped problem and rollout is counted with a reason.
 *
 * @example
 * const { pairs, problemFunnel } = buildDpoPairs(problems, rollouts, rewards, { seed: 0, rule: "paper" });
 * problemFunnel.rows() // input, too_easy, never_solved, …, kept
 */
export function buildDpoPairs(
  problems: readonly PostTrainingProblem[],
  rollouts: readonly Rollout[],
  rewards: readonly RolloutReward[],
  options: DpoPairOptions = {},
): DpoPairResult {
  const rewardOf = new Map(rewards.map((r) => [r.rolloutId, r]));
  const byProblem = new Map<string, Rollout[]>();
  for (const r of rollouts) {
    const list = byProblem.get(r.problemId);
    if (list) list.push(r);
    else byProblem.set(r.problemId, [r]);
  }
  const problemFunnel = new Funnel("selfplay/problems");
  const rolloutFunnel = new Funnel("selfplay/rollouts-valid");
  const root = new Rng(options.seed ?? 0, "selfplay/pairs");
  const pairs: DpoPair[] = [];

  for (const p of problems) {
    problemFunnel.input();
    const mine = byProblem.get(p.problemId) ?? [];
    const prompt = solvingPrompt(p);
    const issue = selfPlayProblemIssue(p, prompt);
    if (issue) {
      problemFunnel.drop(p.problemId, issue);
      continue;
    }
    const passes = mine.filter((r) => rewardOf.get(r.rolloutId)?.reward === 1).length;
    const window = passRateDecision(passes, mine.length, options);
    if ("reason" in window) {
      problemFunnel.drop(p.problemId, window.reason, `${passes}/${mine.length}`);
      continue;
    }
    // The language filter skips non-English prompts; decide that once per problem, not per rollout.
    const promptForLanguage = cjkShare(prompt) > 0.2 ? prompt : undefined;
    const positives: Array<{ r: Rollout; text: string }> = [];
    const negatives: Array<{ r: Rollout; text: string }> = [];
    const seen = new Set<string>();
    for (const r of mine) {
      rolloutFunnel.input();
      const reward = rewardOf.get(r.rolloutId);
      if (!reward) {
        rolloutFunnel.drop(r.rolloutId, "no_reward");
        continue;
      }
      const v = checkRolloutValidity(r.text, p.domain, { ...options, prompt: promptForLanguage, finishReason: r.finishReason });
      if ("reason" in v) {
        rolloutFunnel.drop(r.rolloutId, v.reason, v.detail);
        continue;
      }
      if (seen.has(v.text)) {
        rolloutFunnel.drop(r.rolloutId, "duplicate_text");
        continue;
      }
      seen.add(v.text);
      rolloutFunnel.keep();
      (reward.reward === 1 ? positives : negatives).push({ r, text: v.text });
    }
    if (positives.length === 0 || negatives.length === 0) {
      problemFunnel.drop(p.problemId, positives.length === 0 ? "no_valid_positive" : "no_valid_negative", `${positives.length}+/${negatives.length}-`);
      continue;
    }
    const rng = root.child(p.problemId);
    const pos = rng.shuffle(positives);
    const neg = rng.shuffle(negatives);
    const count = Math.min(pos.length, neg.length, options.maxPairsPerProblem ?? Infinity);
    problemFunnel.keep();
    for (let i = 0; i < count; i++) {
      const c = pos[i]!;
      const r = neg[i]!;
      pairs.push({
        pairId: shortId("pair", { chosen: c.r.rolloutId, rejected: r.r.rolloutId }),
        problemId: p.problemId,
        domain: p.domain,
        source: authorsSource(p),
        prompt,
        chosen: c.text,
        rejected: r.text,
        chosenRolloutId: c.r.rolloutId,
        rejectedRolloutId: r.r.rolloutId,
        passRate: window.passRate,
      });
    }
  }
  return { pairs, problemFunnel, rolloutFunnel };
}
