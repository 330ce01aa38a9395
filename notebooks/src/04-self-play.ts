// %% [markdown]
// # 04 · Self-play data
//
// PromptCoT 2.0 post-trains its reasoning models on the synthesised problems with **self-play DPO**
// (paper §4): k = 8 rollouts per problem, a binary reward (math: the final box matches the reference;
// code: the program passes every unit test), a difficulty window (problems solved in at least half of
// the rollouts are dropped, never-solved ones too) and chosen/rejected pairs of valid rollouts.
// Synthetic problems have no references, so code problems get **generated unit tests** (4 rounds of the
// authors' prompt, here cross-checked against solutions) and math problems **majority-vote labels**.
//
// Everything below runs offline: `promptcot serve` on 127.0.0.1 serves the seed solver (the embedded
// n-gram model fitted on our seed solutions, a weak stand-in for Qwen3-Thinking) and the stages talk
// to it through the OpenAI-compatible client, exactly as they would talk to vLLM.

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems } from "./src/datasets/seed.js";
import { loadBenchmark } from "./src/datasets/benchmarks.js";
import { projectPath } from "./src/core/paths.js";
import { trainSeedSolver } from "./src/pipeline/seed-solver.js";
import { startServer } from "./src/lm/serve/index.js";
import { OpenAICompatibleModel } from "./src/lm/openai-compatible/index.js";
import { EmbeddedModel, renderChatPrompt } from "./src/lm/embedded/index.js";
import { renderUnitTestGeneration } from "./src/prompts/unit-test-generation.js";
import { openRun } from "./src/track/open-run.js";
import { showTable } from "./src/notebook/display.js";
import { problemsFromSeeds, problemsFromBenchmark, runLabelStage, runTestgenStage, runSelfPlayStage, checkTrainingJsonl, validateUnitTests, solvingPrompt, type PostTrainingProblem } from "./src/pipeline/post-training/index.js";
import { gradeAnswer } from "./src/verify/math/index.js";

const seeds = await loadSeedProblems();
const solver = await trainSeedSolver(seeds);
const server = await startServer({ model: solver, servedName: "seed-solver" });
const policy = new OpenAICompatibleModel({ baseURL: server.baseURL, model: "seed-solver" });
const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-selfplay-"));
const run = await openRun({ root, name: "04-self-play", config: { notebook: "04-self-play" }, quiet: true, wandb: false });
console.log(`seed solver ${solver.modelId} served at ${server.baseURL}; run folder ${run.dir}`);

// %% [markdown]
// ## Majority-vote labels for "synthetic" math
// We hide the gold answers of 6 seed problems and let the solver label them: 8 samples each, answers
// clustered by equivalence (`\frac12` = `0.5`), label = largest cluster, `agreement` = its share of the
// valid votes (the confidence column). The gold answer shows how often a weak labeller is right.

// %%
const mathSeeds = problemsFromSeeds(seeds.filter((s) => s.domain === "math")).slice(0, 6);
const unlabeled = mathSeeds.map((p) => ({ ...p, answer: undefined, origin: "synthetic" as const }));
const labelled = await runLabelStage(run, policy, unlabeled, { samples: 8, temperature: 0.6, maxTokens: 200, seed: 1, style: "prompt" });
showTable(
  labelled.labels.map((l) => {
    const gold = mathSeeds.find((p) => p.problemId === l.problemId)!.answer!;
    return { problem: l.problemId, label: l.answer, agreement: +l.agreement.toFixed(2), validVotes: l.validVotes, clusters: l.clusters, gold, labelIsGold: gradeAnswer(`\\boxed{${l.answer}}`, gold).correct };
  }),
);

// %% [markdown]
// ## Unit tests for code problems, cross-checked
// A test writer answers the authors' prompt with one JSON test per call. Offline we fit a small
// embedded model on the seed problems' own tests; its tests are then run against the seed reference
// solutions in the sandbox, and each test's **agreement** (share of solutions that pass it) is reported.

// %%
const codeSeeds = seeds.filter((s) => s.domain === "code").slice(0, 3);
const writer = await EmbeddedModel.fit(
  codeSeeds.flatMap((s) => s.tests!.slice(0, 3).map((t) => ({ prompt: renderChatPrompt(renderUnitTestGeneration(s.problem)), completion: "```json\n" + JSON.stringify({ input: t.input, output: t.output }) + "\n```" }))),
  { seed: 0 },
);
const codeProblems = problemsFromSeeds(codeSeeds).map((p) => ({ ...p, tests: undefined, origin: "synthetic" as const }));
const testgen = await runTestgenStage(run, writer, codeProblems, {
  generation: { rounds: 4, temperature: 0.7, maxTokens: 160, seed: 0 },
  validation: { solutions: codeSeeds.map((s) => ({ problemId: s.id, solutionId: `${s.id}/reference`, code: s.solution })), minAgreement: 1, judge: { concurrency: 2 } },
});
showTable(await run.store.query("SELECT \"problemId\", tests, parsed, duplicates, rejections FROM rt_testgen_problems"));
showTable(testgen.agreement);

// %% [markdown]
// An n-gram writer mixes inputs and outputs across problems, so its tests mostly disagree with the
// references and the agreement filter (`minAgreement: 1`) removes them — the check the authors lack.
// As a control, a seed's own tests agree with its reference solution:

// %%
const control = await validateUnitTests(
  codeSeeds.slice(0, 1).map((s) => ({ problemId: s.id, tests: s.tests!.slice(0, 2) })),
  codeSeeds.slice(0, 1).map((s) => ({ problemId: s.id, solutionId: `${s.id}/reference`, code: s.solution })),
  { concurrency: 2 },
);
showTable(control.problems);

// %% [markdown]
// ## Rollouts, rewards and DPO pairs
// The policy draws k = 8 rollouts per problem: the voted math problems (rewarded against their
// labels), one code seed with its reference tests, and the benchmark-format fixtures (AIME-style
// math with gold answers, Codeforces-style code with tests). The paper's pass-rate rule drops
// problems solved in ≥ 4 of 8; `rule: "code"` would keep 4/8 as the official script does.

// %%
const bench = problemsFromBenchmark([
  ...(await loadBenchmark({ path: projectPath("datasets", "benchmarks", "aime-style.jsonl") })).slice(0, 2),
  ...(await loadBenchmark({ path: projectPath("datasets", "benchmarks", "codeforces-style.jsonl") })).slice(0, 1),
]);
const problems = [...labelled.problems, ...problemsFromSeeds(codeSeeds.slice(0, 1)), ...bench];
const selfplay = await runSelfPlayStage(run, policy, problems, {
  rollouts: { k: 8, temperature: 0.6, maxTokens: 240, seed: 0, style: "prompt", concurrency: 4 },
  rewards: { code: { concurrency: 2, limits: { wallMs: 3000, cpuMs: 2000 } } },
  pairs: { rule: "paper", seed: 0 },
});
showTable(selfplay.passRates);

// %% [markdown]
// ## The funnel: every dropped problem and rollout has a reason
// The seed solver rarely finishes a rollout with the right box inside the token budget, so most
// problems are `never_solved` — the drop table says so instead of silently shrinking the data.

// %%
showTable(selfplay.funnel);
showTable(await run.store.query("SELECT stage, reason, count(*)::INTEGER AS n FROM dropped_rows GROUP BY ALL ORDER BY stage, n DESC"));

// %% [markdown]
// ## A policy that sometimes solves
// To see pairs form, we serve a second embedded policy fitted on one benchmark-format problem with
// one right and six wrong worked answers; at T = 0.3 (seed 2) it solves the problem in 3 of 8 rollouts.

// %%
const target: PostTrainingProblem = { ...bench[0]!, origin: "open-source" };
const gold = Number(target.answer);
const attempts = [gold, gold + 1, 2 * gold, gold - 3, gold + 10, gold + 7, gold + 2].map((a, i) => ({
  prompt: solvingPrompt(target),
  completion: `<think>\nAttempt ${i}: count the residues and add.\n</think>\n\nThe answer is $\\boxed{${a}}$.`,
}));
const toyPolicy = await EmbeddedModel.fit(attempts, { seed: 0 });
const toyServer = await startServer({ model: toyPolicy, servedName: "toy-policy" });
const toy = new OpenAICompatibleModel({ baseURL: toyServer.baseURL, model: "toy-policy" });
const toyRun = await runSelfPlayStage(run, toy, [target], {
  rollouts: { k: 8, temperature: 0.3, maxTokens: 60, seed: 2, style: "prompt" },
  pairs: { rule: "paper", seed: 0 },
  exportDir: join(run.dir, "toy"),
});
showTable(toyRun.passRates);
showTable(toyRun.funnel);
await toyServer.close();

// %% [markdown]
// ## Exports
// `dpo-trl.jsonl` is TRL's conversational DPO format (`prompt`/`chosen`/`rejected` as chat messages),
// validated after writing; `dpo-authors.jsonl` is the authors' Qwen-layout strings with `source`.

// %%
console.log(checkTrainingJsonl(selfplay.files.trl!.file, "trl-dpo"), checkTrainingJsonl(toyRun.files.trl!.file, "trl-dpo"));
const pair = [...selfplay.pairs, ...toyRun.pairs][0];
if (pair) console.log({ problem: pair.problemId, passRate: pair.passRate, chosen: pair.chosen.slice(-120), rejected: pair.rejected.slice(-120) });
await run.close();
await server.close();
