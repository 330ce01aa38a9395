import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedProblems, seedToTriple } from "../../../src/datasets/seed.js";
import { createOpenAICompatible } from "../../../src/lm/openai-compatible/index.js";
import { observeTrainer, OpenAIFineTuneTrainer, withTrainer } from "../../../src/lm/train/index.js";
import { runEmLoop } from "../../../src/pipeline/em/index.js";
import { openRun } from "../../../src/track/open-run.js";
import { tempDir } from "../serve/test-server.js";
import { startFineTuneUpstream } from "./fine-tune-upstream.js";

let upstream: Awaited<ReturnType<typeof startFineTuneUpstream>>;
beforeAll(async () => {
  upstream = await startFineTuneUpstream();
});
afterAll(async () => {
  await upstream.close();
});

describe("runEmLoop on the OpenAI fine-tuning trainer", () => {
  it("runs an EM iteration unchanged: both models are fine-tuned through the API and every job's metrics reach the observer", async () => {
    const client = new OpenAI({ baseURL: upstream.files.baseURL, apiKey: "test", maxRetries: 0 });
    const metricRows: { role: string; step: number; m: Record<string, number> }[] = [];
    const model = (role: string) => {
      const trainer = new OpenAIFineTuneTrainer({ client, baseModel: "tiny", workDir: tempDir("em-ft-"), suffix: role, pollIntervalMs: 5, inference: { server: "promptcot" } });
      const served = createOpenAICompatible({ baseURL: upstream.files.baseURL, model: "tiny", modelId: `${role}-tiny`, server: "promptcot", apiKey: "test" });
      return withTrainer(served, observeTrainer(trainer, (step, m) => metricRows.push({ role, step, m })));
    };
    const triples = (await loadSeedProblems({ domain: "math" })).slice(0, 8).map(seedToTriple);
    const run = await openRun({ root: tempDir("em-ft-run-"), name: "em-ft", quiet: true });
    const result = await runEmLoop({ run, store: run.store, seed: 0 }, {
      pairs: triples.slice(0, 4),
      heldout: triples.slice(4, 6),
      initial: { q: model("q"), p: model("p") },
      iterations: 1,
      settings: { k: 2, maxRationaleTokens: 24, concurrency: 4 },
      stopRule: false,
      seed: 0,
    });
    expect(result.history.map((h) => h.iteration)).toEqual([0, 1]);
    expect(Number.isFinite(result.history[1]!.meanReward)).toBe(true);
    expect(result.models.q.modelId).toMatch(/^ft:tiny:q:ftjob-\d+$/);
    expect(result.models.p.modelId).toMatch(/^ft:tiny:p:ftjob-\d+$/);
    // One job per model; the q job trained on the 4 E-step winners, the p job on the 4 M-step pairs.
    const jobs = [...upstream.files.jobs.values()].filter((j) => j.body.suffix === "q" || j.body.suffix === "p");
    expect(jobs.map((j) => j.body.suffix).sort()).toEqual(["p", "q"]);
    for (const j of jobs) expect(upstream.files.files.get(String(j.body.training_file))!.content.trim().split("\n")).toHaveLength(4);
    expect(new Set(metricRows.map((r) => r.role))).toEqual(new Set(["q", "p"]));
    expect(metricRows.every((r) => typeof r.m.train_loss === "number")).toBe(true);
    await run.close();
  }, 60_000);
});
