import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAIFineTuneTrainer } from "../../../src/lm/train/index.js";
import type { FilesServer } from "../../helpers/openai-files-server.js";
import { startFineTuneUpstream } from "./fine-tune-upstream.js";
import { PROMPTS, smallModel, tempDir } from "../serve/test-server.js";

let upstream: Awaited<ReturnType<typeof startFineTuneUpstream>>;
let files: FilesServer;
beforeAll(async () => {
  upstream = await startFineTuneUpstream();
  files = upstream.files;
});
afterAll(async () => {
  await upstream.close();
});

const examples = [
  { prompt: PROMPTS[0]!, completion: "Problem: Find the number of primes below 50.\n" },
  { prompt: PROMPTS[1]!, completion: "Problem: A sequence doubles each day; find the expected sum.\n" },
];

describe("OpenAIFineTuneTrainer", () => {
  it("uploads chat JSONL, creates a job with hyperparameters, mirrors metric events, and returns a usable fine-tuned model that fine-tunes again", async () => {
    const client = new OpenAI({ baseURL: files.baseURL, apiKey: "test", maxRetries: 0 });
    const logs: string[] = [];
    const trainer = new OpenAIFineTuneTrainer({ client, baseModel: "tiny", workDir: tempDir("ft-"), suffix: "promptcot", pollIntervalMs: 5, inference: { server: "promptcot" }, wandb: { project: "promptcot" }, onLog: (m) => logs.push(m) });
    const metrics: [number, Record<string, number>][] = [];
    const result = await trainer.fit(examples, { epochs: 2, batchSize: 1, seed: 4, extra: { learningRateMultiplier: 0.5 } }, { onMetrics: (s, m) => metrics.push([s, m]) });

    const job = [...files.jobs.values()][0]!;
    expect(job.body).toMatchObject({ model: "tiny", suffix: "promptcot", seed: 4, method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: 1, learning_rate_multiplier: 0.5 } } }, integrations: [{ type: "wandb", wandb: { project: "promptcot" } }] });
    const uploaded = files.files.get(String(job.body.training_file))!;
    expect(uploaded.purpose).toBe("fine-tune");
    expect(JSON.parse(uploaded.content.split("\n")[0]!)).toEqual({ messages: [{ role: "user", content: examples[0]!.prompt }, { role: "assistant", content: examples[0]!.completion }] });
    expect(metrics.map(([s]) => s)).toEqual([1, 2]);
    expect(metrics[1]![1]).toMatchObject({ train_loss: 1, total_steps: 2 });
    expect(logs).toEqual(["Fine-tuning job started", "The job has successfully completed"]);
    expect(result.modelRef).toBe(`ft:tiny:promptcot:${job.id}`);
    expect(result.metrics.train_loss).toBe(1);

    // The fine-tuned model id is usable at the same base URL, and is the trained model.
    const req = { prompt: PROMPTS[0]!, seed: 2, maxTokens: 12 };
    const local = (await (await smallModel()).trainer!.fit(examples, { mode: "adapt", learningRate: 2e-5, epochs: 2 })).model;
    expect((await result.model.doGenerate(req)).samples[0]!.text).toBe((await local.doGenerate(req)).samples[0]!.text);

    // "adapt" fine-tunes the fine-tuned model.
    const second = await result.model.trainer!.fit(examples.slice(0, 1), { epochs: 1 });
    expect([...files.jobs.values()][1]!.body.model).toBe(result.modelRef);
    expect(second.modelRef).toMatch(/^ft:ft:tiny/);
  }, 30_000);

  it("reports a failed job with its error", async () => {
    const client = new OpenAI({ baseURL: files.baseURL, apiKey: "test", maxRetries: 0 });
    const trainer = new OpenAIFineTuneTrainer({ client, baseModel: "no-such-model", workDir: tempDir("ft-"), pollIntervalMs: 5 });
    await expect(trainer.fit(examples)).rejects.toThrow(/fine-tuning job ftjob-\d+ failed: /);
  });
});
