import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { ExternalCommandTrainer, serveWithCommand } from "../../../src/lm/train/index.js";
import { PROMPTS, smallModel, tempDir } from "../serve/test-server.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const trainers: ExternalCommandTrainer[] = [];
afterAll(async () => {
  for (const t of trainers) await t.close();
});

async function setup(env: Record<string, string> = {}) {
  const dir = tempDir("ext-train-");
  const baseFile = join(dir, "base.eplm");
  await (await smallModel()).save(baseFile);
  const logs: string[] = [];
  const trainer = new ExternalCommandTrainer({
    baseModel: baseFile,
    workDir: dir,
    name: "tiny",
    launcher: { type: "command", command: [process.execPath, "--import", "tsx", join(import.meta.dirname, "fixtures", "fake-trl.ts"), "--config", "{config}"] },
    config: { logging_steps: 1 },
    env,
    onLog: (l) => logs.push(l),
    serve: serveWithCommand({ command: [process.execPath, "--import", "tsx", join(ROOT, "src/lm/serve/main.ts"), "--model", "{output_dir}/model.eplm", "--port", "{port}", "--name", "{name}", "--quiet"], settings: { server: "promptcot" }, readyTimeoutMs: 30_000 }),
  });
  trainers.push(trainer);
  return { dir, baseFile, trainer, logs };
}

const examples = [
  { prompt: PROMPTS[0]!, completion: "Problem: Find the number of primes below 50.\n" },
  { prompt: PROMPTS[1]!, completion: "Problem: A sequence doubles each day; find the expected sum.\n" },
  { prompt: PROMPTS[2]!, completion: "Problem: Count strings with no repeated letters.\n" },
];

describe("ExternalCommandTrainer", () => {
  it("writes TRL files, streams and parses the child's logs, reads trainer_state.json, and serves the trained model; the next fit starts from it", async () => {
    const { dir, baseFile, trainer, logs } = await setup();
    const metricRows: [number, Record<string, number>][] = [];
    const result = await trainer.fit(examples, { learningRate: 2e-5, epochs: 2, batchSize: 2, seed: 3 }, { onMetrics: (s, m) => metricRows.push([s, m]) });

    const config = readFileSync(join(dir, "tiny-v1", "config.yaml"), "utf8");
    expect(config).toContain(`model_name_or_path: ${JSON.stringify(baseFile)}`);
    expect(config).toContain("learning_rate: 0.00002");
    expect(config).toContain("num_train_epochs: 2");
    expect(readFileSync(join(dir, "tiny-v1", "data", "train.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))).toEqual(examples);

    // 3 rows, batch 2 → 2 steps per epoch, 2 epochs → 4 logged steps, then the summary row.
    expect(metricRows.map(([s]) => s)).toEqual([1, 2, 3, 4, 5]);
    expect(metricRows.slice(0, 4).map(([, m]) => m.loss)).toEqual([1.5, 1, 0.75, 0.6]);
    expect(metricRows[0]![1]).toMatchObject({ grad_norm: 1.5, learning_rate: 2e-5, epoch: 0.5 });
    expect(metricRows[4]![1]).toMatchObject({ train_loss: 1.1, train_runtime: 1.25 });
    expect(result.metrics).toMatchObject({ global_step: 4, loss: 0.6, train_loss: 1.1, epoch: 2 });
    expect(logs.some((l) => l.startsWith("Saved model to"))).toBe(true);
    expect(result.modelRef).toBe(join(dir, "tiny-v1", "output"));

    // The served model is the trained one: same text as the same fit done in process.
    const local = (await (await EmbeddedModel.load(baseFile)).trainer!.fit(examples, { mode: "adapt", learningRate: 2e-5, epochs: 2, seed: 3 })).model;
    const req = { prompt: PROMPTS[0]!, seed: 5, maxTokens: 16 };
    expect(result.model.modelId).toBe("tiny-v1");
    expect((await result.model.doGenerate(req)).samples[0]!.text).toBe((await local.doGenerate(req)).samples[0]!.text);

    // The EM loop calls model.trainer.fit again: v2 starts from v1's output.
    const second = await result.model.trainer!.fit(examples.slice(0, 2), { learningRate: 2e-6, epochs: 1 });
    expect(readFileSync(join(dir, "tiny-v2", "config.yaml"), "utf8")).toContain(`model_name_or_path: ${JSON.stringify(result.modelRef)}`);
    expect(second.model.modelId).toBe("tiny-v2");
    expect((await second.model.doGenerate({ ...req, maxTokens: 4 })).samples).toHaveLength(1);
  }, 60_000);

  it("fails with the child's last lines when the command exits non-zero", async () => {
    const { trainer } = await setup({ FAKE_TRL_FAIL: "1" });
    await expect(trainer.fit(examples)).rejects.toThrow(/exited with code 1[\s\S]*ValueError: injected failure/);
  }, 30_000);
});
