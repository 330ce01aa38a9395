import { readFileSync } from "node:fs";
import { InputError, errorMessage } from "../../core/errors.js";
import { expectObject, type Location } from "../../core/validate.js";
import { averageRating, codeEloContestRating, type Contest, type ContestRating, type ModelSubmissions } from "../../metrics/codeforces-elo.js";
import { ratingFromProblemRatings } from "../../metrics/problem-rating-elo.js";

/** CodeElo allows at most 8 submissions per problem; DeepCoder and the paper sample up to 8. */
export const CODEELO_MAX_SUBMISSIONS = 8;

/** One problem's verdicts in sample order, with its rating when known. */
export interface RatedItemResult {
  itemId: string;
  rating?: number;
  /** Verdict of each sample, in sample-index order (true = all tests passed). */
  passed: readonly boolean[];
}

/** A Codeforces rating and how it was obtained. */
export interface CodeforcesRating {
  method: "codeelo" | "problem-rating" | "none";
  /** Elo-scale rating; undefined for "none". */
  rating?: number;
  /** Why this method (or why none). */
  reason: string;
  /** The assumptions behind the number, to print next to it. */
  assumptions: readonly string[];
  /** "codeelo": one entry per rated contest. */
  contests?: ContestRating[];
  /** "problem-rating": the estimate hit the search range (everything or nothing solved). */
  clamped?: "low" | "high";
  /** Problems that entered the rating. */
  problems: number;
}

export const CODEELO_ASSUMPTIONS: readonly string[] = [
  "CodeElo method (Quan et al. 2025): per contest, the model's first 8 samples per problem are its submissions in order; points by the simplified rules (submission time 0, −50 points or +10 penalty minutes per rejected earlier submission), rank among the contest's rated participants, rating = the r whose expected rank matches; overall = mean over contests.",
  "Problems of a contest that were not evaluated count as unsolved.",
  "A submission is accepted when it passes every test we have; with sample tests only (the authors' file) that overstates acceptance.",
];

export const PROBLEM_RATING_ASSUMPTIONS: readonly string[] = [
  "Problem-rating approximation (no contest standings available): the rating r solves Σ_p 1/(1+10^((rating_p − r)/400)) = Σ_p pass@1_p, i.e. the maximum-likelihood ability of a one-parameter Elo/Rasch model with the problem ratings as known difficulties.",
  "A problem's rating is taken as the rating at which it is solved half the time (Codeforces' definition, approximately); problems are independent; penalties, attempt order and partial points are ignored.",
  "It approximates but does not equal the CodeElo contest rating the paper reports.",
];

/**
 * The model's Codeforces rating: the CodeElo method when contest standings are given for the evaluated problems,
 * otherwise the problem-rating approximation when the problems have ratings, otherwise none (with the reason).
 *
 * @example codeforcesRating([{ itemId: "A", rating: 1200, passed: [true] }, { itemId: "B", rating: 1800, passed: [false] }]).rating // 1500
 */
export function codeforcesRating(results: readonly RatedItemResult[], contests: readonly Contest[] = []): CodeforcesRating {
  const byId = new Map(results.map((r) => [r.itemId, r]));
  const usable = contests.filter((c) => c.problems.some((p) => byId.has(p.id)) && c.participants.length > 0);
  if (usable.length > 0) {
    const rated = usable.map((c) => {
      const submissions: Record<string, boolean[]> = {};
      for (const p of c.problems) {
        const r = byId.get(p.id);
        if (r) submissions[p.id] = r.passed.slice(0, CODEELO_MAX_SUBMISSIONS);
      }
      return codeEloContestRating(c, submissions as ModelSubmissions);
    });
    const covered = new Set(usable.flatMap((c) => c.problems.map((p) => p.id)).filter((id) => byId.has(id)));
    return {
      method: "codeelo",
      rating: averageRating(rated),
      reason: `contest standings for ${usable.length} contest(s) covering ${covered.size} of ${results.length} evaluated problems`,
      assumptions: CODEELO_ASSUMPTIONS,
      contests: rated,
      problems: covered.size,
    };
  }
  const withRating = results.filter((r) => r.rating !== undefined && Number.isFinite(r.rating) && r.passed.length > 0);
  if (withRating.length === 0) {
    return {
      method: "none",
      reason: contests.length > 0 ? "the contest data names none of the evaluated problems, and the problems have no ratings" : "no contest standings (--contests) and no problem ratings in the benchmark file",
      assumptions: [],
      problems: 0,
    };
  }
  const est = ratingFromProblemRatings(withRating.map((r) => ({ rating: r.rating!, solved: r.passed.filter(Boolean).length / r.passed.length })));
  const out: CodeforcesRating = {
    method: "problem-rating",
    rating: est.rating,
    reason: `${withRating.length} of ${results.length} problems have ratings; no contest standings`,
    assumptions: PROBLEM_RATING_ASSUMPTIONS,
    problems: withRating.length,
  };
  if (est.clamped) out.clamped = est.clamped;
  return out;
}

/**
 * Reads CodeElo contest data: `{ "contests": [{ "id", "problems": [{ "id", "points"? }], "participants":
 * [{ "points", "penalty", "oldRating" }] }] }`. Problem ids must equal the benchmark's item ids (CodeElo's
 * `problem_id`, e.g. "2000A"). Errors name the file and the JSON path.
 */
export function loadContests(file: string): Contest[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(file, undefined, undefined, `cannot read contest data: ${errorMessage(error)}`, { remedy: 'pass a JSON file {"contests": [...]} (see docs/evaluation.md)' });
  }
  const at: Location = { file };
  const root = expectObject(value, at);
  if (!Array.isArray(root.contests)) throw new InputError(file, undefined, "contests", "expected an array of contests");
  return root.contests.map((c, i) => {
    const path = `contests[${i}]`;
    const obj = expectObject(c, at, path);
    if (typeof obj.id !== "string" && typeof obj.id !== "number") throw new InputError(file, undefined, `${path}.id`, "expected a string or number");
    if (!Array.isArray(obj.problems) || obj.problems.length === 0) throw new InputError(file, undefined, `${path}.problems`, "expected a non-empty array");
    if (!Array.isArray(obj.participants)) throw new InputError(file, undefined, `${path}.participants`, "expected an array of { points, penalty, oldRating }");
    const problems = obj.problems.map((p, j) => {
      const po = expectObject(p, at, `${path}.problems[${j}]`);
      if (typeof po.id !== "string" || po.id === "") throw new InputError(file, undefined, `${path}.problems[${j}].id`, "expected a problem id string");
      if (po.points !== undefined && !(typeof po.points === "number" && po.points > 0)) throw new InputError(file, undefined, `${path}.problems[${j}].points`, "expected a positive number (omit for ICPC-style rounds)");
      return po.points === undefined ? { id: po.id } : { id: po.id, points: po.points as number };
    });
    const participants = obj.participants.map((p, j) => {
      const po = expectObject(p, at, `${path}.participants[${j}]`);
      for (const key of ["points", "penalty", "oldRating"]) {
        if (typeof po[key] !== "number" || !Number.isFinite(po[key])) throw new InputError(file, undefined, `${path}.participants[${j}].${key}`, "expected a finite number");
      }
      return { points: po.points as number, penalty: po.penalty as number, oldRating: po.oldRating as number };
    });
    return { id: obj.id, problems, participants };
  });
}
