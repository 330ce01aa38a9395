import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { startServer, type RunningServer } from "../../../src/lm/serve/index.js";
import { OpenAICompatibleModel } from "../../../src/lm/openai-compatible/index.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";
import { checkTrainingJsonl, runLabelStage, runSelfPlayStage, runSftDataStage, solvingPrompt, type PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";
import { HALF_PROBLEM, mathText, tempDir } from "./fixtures.js";

// A policy that answers the problem right about 3 times in 8 at T 0.3 and wrong otherwise, served by
// `promptcot serve` on 127.0.0.1 and reached through the OpenAI-compatible client (completions).
const RIGHT = [mathText("\\frac{1}{2}", "Half of one."), mathText("0.5", "One over two."), mathText("1/2", "Divide by two.")];
const WRONG = [mathText("2", "Two."), mathText("3", "Three."), mathText("1/3", "A third."), mathText("4", "Four."), mathText("5", "Five.")];

let server: RunningServer;
let client: OpenAICompatibleModel;
let run: OpenedRun;

beforeAll(async () => {
  const prompt = solvingPrompt(HALF_PROBLEM);
  const model = await EmbeddedModel.fit([...RIGHT, ...WRONG].map((completion) => ({ prompt, completion })), { seed: 0 });
  server = await startServer({ model, servedName: "policy" });
  client = new OpenAICompatibleModel({ baseURL: server.baseURL, model: "policy" });
  run = await openRun({ root: tempDir(), name: "post-training-http", quiet: true, wandb: false });
});

afterAll(async () => {
  await run?.close();
  await server?.close();
});

describe("post-training stages over a real OpenAI-compatible server, recorded in the run's DuckDB", () => {
  it("selfplay: rollouts → rewards → pairs, tables and funnels in the store, exports valid", async () => {
    const problems: PostTrainingProblem[] = [HALF_PROBLEM, { ...HALF_PROBLEM, problemId: "math-proof", problem: "Prove that 1/2 < 1." }];
    const report = await runSelfPlayStage(run, client, problems, {
      rollouts: { k: 8, temperature: 0.3, maxTokens: 60, seed: 2, style: "prompt", concurrency: 2 },
      pairs: { rule: "paper", seed: 1 },
    });
    const rewards = await run.store.query<{ problemId: string; reward: number }>('SELECT "problemId", reward FROM rt_selfplay_rewards');
    expect(rewards).toHaveLength(16);
    const passes = rewards.filter((r) => r.problemId === "math-half" && r.reward === 1).length;
    expect(report.passRates[0]).toEqual({ problemId: "math-half", domain: "math", passes, rollouts: 8 });
    expect(passes).toBeGreaterThan(0);
    expect(passes).toBeLessThan(4); // seeded: the paper rule keeps it, so pairs exist
    expect(report.pairs.length).toBeGreaterThan(0);
    expect(report.pairs.length).toBeLessThanOrEqual(Math.min(passes, 8 - passes));
    expect(new Set(report.pairs.map((p) => p.chosen)).size).toBe(report.pairs.length);

    const funnel = await run.store.query<{ stage: string; reason: string; count: number }>("SELECT stage, reason, count::INTEGER AS count FROM rt_post_training_funnel WHERE stage = 'selfplay/problems'");
    expect(Object.fromEntries(funnel.map((f) => [f.reason, f.count]))).toEqual({ input: 2, proof_problem: 1, kept: 1 });
    const dropped = await run.store.query<{ id: string; reason: string }>("SELECT id, reason FROM dropped_rows WHERE stage = 'selfplay/problems'");
    expect(dropped).toEqual([{ id: "math-proof", reason: "proof_problem" }]);
    const stored = await run.store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM rt_dpo_pairs");
    expect(stored[0]!.n).toBe(report.pairs.length);

    expect(checkTrainingJsonl(report.files.trl!.file, "trl-dpo")).toEqual({ rows: report.pairs.length, issues: [] });
    const artifacts = await run.store.query<{ name: string }>("SELECT name FROM artifacts ORDER BY name");
    expect(artifacts.map((a) => a.name)).toEqual(["dpo-authors.jsonl", "dpo-trl.jsonl"]);
  });

  it("label: majority vote over 8 samples becomes the answer with its confidence", async () => {
    const { problems, labels } = await runLabelStage(run, client, [{ ...HALF_PROBLEM, answer: undefined }], { samples: 8, temperature: 0.3, maxTokens: 60, seed: 2, style: "prompt" });
    expect(labels).toHaveLength(1);
    expect(problems[0]!.answer).toBe(labels[0]!.answer);
    expect(problems[0]!.answerConfidence).toBeCloseTo(labels[0]!.agreement);
    expect(labels[0]!.agreement).toBeGreaterThanOrEqual(1 / labels[0]!.clusters);
    const stored = await run.store.query<{ agreement: number }>("SELECT agreement FROM rt_majority_labels");
    expect(stored[0]!.agreement).toBeCloseTo(labels[0]!.agreement);
    expect(await run.store.query("SELECT * FROM rt_label_votes")).toHaveLength(8);
  });

  it("sft-data: one teacher trace per prompt, deduplicated, exported in TRL and OpenAI formats", async () => {
    const report = await runSftDataStage(run, client, [HALF_PROBLEM, { ...HALF_PROBLEM, problemId: "copy" }], { teacher: { temperature: 0.3, maxTokens: 60, seed: 0, style: "prompt" } });
    expect(report.examples.map((e) => e.problemId)).toEqual(["math-half"]);
    expect(report.funnel.find((f) => f.reason === "duplicate_prompt")).toEqual({ stage: "sft/examples", reason: "duplicate_prompt", count: 1 });
    expect(checkTrainingJsonl(report.files.openai!.file, "openai-chat").issues).toEqual([]);
    expect(checkTrainingJsonl(report.files.trl!.file, "trl-sft").rows).toBe(1);
  });
});
