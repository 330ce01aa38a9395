import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels, loadConfig, validateConfig } from "../../src/config/index.js";
import { generateAll } from "../../src/lm/batch.js";
import { PoolModel } from "../../src/lm/pool/index.js";
import { startServer, type RunningServer } from "../../src/lm/serve/index.js";
import { ExternalCommandTrainer, OpenAIFineTuneTrainer } from "../../src/lm/train/index.js";
import { Store } from "../../src/store/database.js";
import { PROMPTS, smallModel, tempDir } from "../lm/serve/test-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const servers: RunningServer[] = [];
beforeAll(async () => {
  const model = await smallModel();
  // Stand-ins for the cluster: two generator servers under the config's served model name, and the rest.
  for (const name of ["Qwen/Qwen2.5-32B", "Qwen/Qwen2.5-32B", "Qwen/Qwen3-4B-Thinking-2507"]) servers.push(await startServer({ model, servedName: name }));
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

describe("buildModels", () => {
  it("builds vllm-qwen.json against promptcot serve stand-ins: a pool for the generator, trainers attached, cache committed", async () => {
    const env = { PROMPTCOT_GENERATOR_URL_0: servers[0]!.baseURL, PROMPTCOT_GENERATOR_URL_1: servers[1]!.baseURL, PROMPTCOT_SOLVER_URL: servers[2]!.baseURL };
    const { config } = await loadConfig(join(ROOT, "configs", "vllm-qwen.json"), { env });
    const store = await Store.open(join(tempDir(), "c.duckdb"));
    const built = await buildModels(config, { store, workDir: tempDir(), env });
    expect(built.pools).toHaveLength(2); // generator and rationale
    expect(built.pools[0]).toBeInstanceOf(PoolModel);
    expect(built.roles.annotators).toHaveLength(4);
    const gen = built.model("generator");
    expect(gen.modelId).toBe("promptcot-p-qwen2.5-32b");
    expect(gen.trainer).toBeInstanceOf(ExternalCommandTrainer);
    expect(built.model("solver").trainer?.id).toBe("external:trl:dpo");
    const requests = PROMPTS.map((prompt, i) => ({ prompt, seed: i, maxTokens: 6 }));
    const results = await generateAll(gen, requests, { concurrency: 4 });
    expect(results).toHaveLength(4);
    expect(built.pools[0]!.stats().map((s) => s.succeeded).reduce((a, b) => a + b)).toBe(4);
    // prompt-logprobs scoring through the pool.
    const score = await gen.doScore({ context: PROMPTS[0]!, segments: [{ text: " Rationale: primes.\n" }, { text: "Problem: count.\n" }] });
    expect(score.segments).toHaveLength(2);
    expect(built.cache!.stats.rowsWritten).toBe(5);
    expect(() => built.model("critic")).toThrow(/models\.critic: no model for this role/);
    await built.close();
    await store.close();
  });

  it("attaches the OpenAI fine-tuning trainer and needs a key only where the server does", async () => {
    const config = validateConfig({ name: "t", models: { solver: { backend: "openai-compatible", server: "openai", model: "gpt-4.1-mini", baseURL: "https://api.openai.com/v1", trainer: { kind: "openai-fine-tune" } } } });
    await expect(buildModels(config, { workDir: tempDir(), env: {} })).rejects.toThrow(/OPENAI_API_KEY/);
    const built = await buildModels(config, { workDir: tempDir(), env: { OPENAI_API_KEY: "sk-test" } });
    expect(built.model("solver").trainer).toBeInstanceOf(OpenAIFineTuneTrainer);
  });

  it("uses the embedded builder for embedded roles without a file, and names the field when there is none", async () => {
    const { config } = await loadConfig(join(ROOT, "configs", "embedded.json"));
    await expect(buildModels(config, { workDir: tempDir() })).rejects.toThrow(/models\.generator\.file: an embedded model without a file needs a builder/);
    const model = await smallModel();
    const built = await buildModels(config, { workDir: tempDir(), embedded: async () => model });
    expect(built.model("teacher").modelId).toBe(model.modelId);
    expect(built.model("generator").trainer).toBe(model.trainer);
  });
});
