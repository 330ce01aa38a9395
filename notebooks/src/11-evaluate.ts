// %% [markdown]
// # 11 · Evaluate
//
// How PromptCoT 2.0 is scored (paper §5.1–5.2, reference/paper.md §3.1) and how this project reproduces the
// protocol: **k samples per problem** at the paper's decoding (temperature 0.6, top-p 0.95, up to 81,920 tokens),
// graded by the math grader (last `\boxed{}` after `</think>`) or the code sandbox (a program must pass **every**
// test), summarised as **avg@k** (math), **pass@1** (LiveCodeBench) and a **Codeforces Elo** (CodeElo method).
//
// Everything here runs offline: the "model" is the embedded seed solver, called in-process through the same
// `LanguageModel` interface that `promptcot eval --base-url … --model …` uses for a vLLM or `promptcot serve`
// endpoint (tests/pipeline/evaluate/eval-resume.test.ts runs that path against a real server, killed and resumed).
// It is a weak n-gram model, so its scores are near zero — what matters here is the mechanics; the paper's numbers
// are shown next to ours, clearly labelled **paper-reported**.

// %%
import { PAPER_BENCHMARKS, PAPER_BENCHMARK_PROTOCOL } from "./src/datasets/paper-tables.js";
import { showMarkdown, showTable, showChart } from "./src/notebook/display.js";
import { avgAtK } from "./src/metrics/avg-at-k.js";
import { passAtK } from "./src/metrics/pass-at-k.js";
import { majorityAtK } from "./src/metrics/majority-at-k.js";
import { ratingFromProblemRatings } from "./src/metrics/problem-rating-elo.js";
import { codeEloContestRating } from "./src/metrics/codeforces-elo.js";
import { answersEquivalent } from "./src/verify/math/answers-equivalent.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems } from "./src/datasets/seed.js";
import { trainSeedSolver } from "./src/pipeline/seed-solver.js";
import { openRun } from "./src/track/open-run.js";
import { evaluateModel, selectBenchmarks, comparisonRows, formatComparison, PAPER_DECODING } from "./src/pipeline/evaluate/index.js";
import { barChart } from "./src/charts/builders.js";

showTable(PAPER_BENCHMARKS.map((b) => ({ benchmark: b, problems: PAPER_BENCHMARK_PROTOCOL[b].problems, samples: PAPER_BENCHMARK_PROTOCOL[b].samples, metric: PAPER_BENCHMARK_PROTOCOL[b].metric })));

// %% [markdown]
// ## The metrics on a hand example
// Three problems, four samples each. avg@4 is the mean per-problem pass rate (0.75, 0.25, 0 → 1/3) with the
// standard error across problems; pass@k is the unbiased estimator 1 − C(n−c, k)/C(n, k); maj@4 votes over the
// extracted answers with the math grader's equivalence (so `1/2` and `0.5` are one answer).

// %%

const outcomes = [[true, true, false, true], [false, true, false, false], [false, false, false, false]];
const avg = avgAtK(outcomes);
const maj = majorityAtK(
  [
    { answers: ["1/2", "0.5", "3", null], gold: "\\frac{1}{2}" },
    { answers: ["7", "8", "8", "7"], gold: "8" },
    { answers: ["2", "2", "5", "2"], gold: "5" },
  ],
  (a, b) => answersEquivalent(a, b),
);
showTable([
  { metric: "avg@4", value: avg.value.toFixed(4), "standard error": avg.standardErrorAcrossProblems.toFixed(4), note: "mean pass@1 over 4 samples" },
  { metric: "pass@2 (problem 1: n=4, c=3)", value: passAtK(4, 3, 2).toFixed(4), "standard error": "", note: "1 − C(1,2)/C(4,2) = 1" },
  { metric: "pass@2 (problem 2: n=4, c=1)", value: passAtK(4, 1, 2).toFixed(4), "standard error": "", note: "1 − C(3,2)/C(4,2) = 0.5" },
  { metric: "maj@4", value: maj.value.toFixed(4), "standard error": "", note: "votes: " + maj.votes.map((v) => `${v.majority}×${v.votes}${v.tie ? " (tie)" : ""}`).join(", ") },
]);

// %% [markdown]
// ## Codeforces Elo, two ways
// **CodeElo** (what the paper reports): per contest, the model's first 8 samples of each problem are its
// submissions; it scores points with penalties, takes a rank among the contest's rated participants, and its rating
// is the r whose expected rank (Elo) equals that rank; the overall rating is the mean over contests. That needs the
// contests' standings (`--contests`). Without them, problems with ratings give the **problem-rating approximation**:
// the r that makes the expected number of solved problems equal the observed one.

// %%
const contest = {
  id: "demo",
  problems: [{ id: "A", points: 500 }, { id: "B", points: 1000 }, { id: "C", points: 1500 }],
  participants: [2400, 2100, 1900, 1700, 1500, 1400, 1200, 1000].map((oldRating, i) => ({ points: 3000 - 400 * i, penalty: 0, oldRating })),
};
const codeElo = codeEloContestRating(contest, { A: [true], B: [false, true], C: [false, false, false, false, false, false, false, false] });
const byRatings = ratingFromProblemRatings([{ rating: 800, solved: 1 }, { rating: 1400, solved: 0.5 }, { rating: 2000, solved: 0 }]);
showTable([
  { method: "CodeElo (contest standings)", rating: codeElo.rating, detail: `rank ${codeElo.rank} of ${codeElo.participants}, points ${codeElo.points}, solved ${codeElo.solved}` },
  { method: "problem ratings (approximation)", rating: Math.round(byRatings.rating), detail: "solved 800 always, 1400 half the time, 2000 never" },
]);

// %% [markdown]
// ## An evaluation run, measured here vs paper-reported
// The seed solver (the embedded LM fitted on the shipped seed solutions, in reasoning format); `evaluateModel` sends each problem's prompt with the paper's decoding (max tokens cut to 192 so
// the notebook stays fast), grades every sample, and stores one row per sample in the run's DuckDB store
// (`eval_verdicts`) and one per metric (`eval_results`). The benchmarks are **our fixtures** in the authors' and
// upstream layouts — not AIME or LiveCodeBench.

// %%

const solver = await trainSeedSolver(await loadSeedProblems());
const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-evaluate-"));
const run = await openRun({ root, name: "evaluate", config: { notebook: "11-evaluate" }, quiet: true });
const benchmarks = selectBenchmarks("fixture-aime,fixture-lcb-v5,fixture-lcb-v6,fixture-codeelo");
const options = { model: solver, run, benchmarks, decoding: { ...PAPER_DECODING, maxTokens: 192 }, samples: 4, concurrency: 4 };
const t0 = performance.now();
const report = await evaluateModel(options);
console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s; samples: ${report.cache.computed} generated, ${report.cache.reused} from the cache`);


// Measured here vs paper-reported: each benchmark's headline metric (avg@k, pass@1 or Elo) next to the paper's
// numbers in the same column. The paper's columns are AIME/LCB/CodeElo; ours are 3–10-problem fixtures, so the
// comparison shows the format and the plumbing, not a reproduction.
const rows = comparisonRows(report.benchmarks.map((b) => ({ name: b.benchmark.name, paperColumn: b.benchmark.paperColumn, note: b.benchmark.note, metrics: b.metrics })));
showTable(rows.map((r) => ({ benchmark: r.benchmark, "paper column": r.paperColumn, metric: r.metric, problems: r.problems, "measured here": `${r.clamped === "low" ? "≤ " : ""}${r.measured.toFixed(r.unit === "Elo" ? 0 : 1)}${r.unit === "%" ? ` ± ${r.standardError!.toFixed(1)} %` : " Elo"}`, ...Object.fromEntries(Object.entries(r.paper).map(([k, v]) => [`paper-reported: ${k}`, v === undefined ? "–" : v.toFixed(r.unit === "Elo" ? 0 : 1)])) })));
console.log(formatComparison(rows).split("\n").slice(-7).join("\n"));
const elo = report.benchmarks.find((b) => b.metrics.elo)?.metrics.elo;
if (elo) showMarkdown(`**Elo method: ${elo.method}** (${elo.reason}).\n\n${elo.assumptions.map((a) => `- ${a}`).join("\n")}`);

// %% [markdown]
// ## Per-sample verdicts, and resuming
// What went wrong, by benchmark: a weak model mostly produces no answer within 192 tokens (`no_answer`) or a wrong one.
// Then the same evaluation again: everything comes from the request cache and the stored verdicts.

// %%

const verdicts = await run.store.query<{ benchmark: string; verdict: string; n: number }>("SELECT benchmark, verdict, count(*)::INTEGER AS n FROM eval_verdicts GROUP BY ALL ORDER BY benchmark, verdict");
await showChart(barChart(verdicts, { x: "benchmark", y: "n", color: "verdict", title: "Verdicts per benchmark (samples)" }));
showTable(await run.store.query("SELECT benchmark, item_id, sample_index, verdict, extracted, tests_passed, tests_total, finish_reason FROM eval_verdicts ORDER BY benchmark, item_id, sample_index LIMIT 12"));


// Resume: samples go through the request cache in the run's store and verdicts are keyed by (benchmark, item,
// sample, request, grader), so running the same evaluation again — for instance after the process was killed —
// generates and grades only what is missing. Here nothing is missing.
const again = await evaluateModel(options);
showTable(again.benchmarks.map((b) => ({ benchmark: b.benchmark.name, "verdicts reused": b.reusedVerdicts, "graded now": b.graded })));
console.log(`second pass: ${again.cache.reused} samples from the cache, ${again.cache.computed} generated`);
await run.close();
