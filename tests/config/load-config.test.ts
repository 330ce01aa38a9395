import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { interpolateEnv, loadConfig, validateConfig } from "../../src/config/index.js";
import { tempDir } from "../lm/serve/test-server.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("shipped configs", () => {
  it.each(["vllm-qwen.json", "openai.json", "embedded.json"])("%s loads and validates", async (name) => {
    const { config } = await loadConfig(join(ROOT, "configs", name), { env: {} });
    expect(Object.keys(config.models)).toEqual(["generator", "rationale", "annotators", "solver", "teacher", "testgen"]);
  });

  it("vllm-qwen.json takes URLs from the environment, with defaults", async () => {
    const { config } = await loadConfig(join(ROOT, "configs", "vllm-qwen.json"), { env: { PROMPTCOT_GENERATOR_URL_1: "http://10.0.0.7:8001/v1" } });
    const gen = config.models.generator as { endpoints: { baseURL: string }[] };
    expect(gen.endpoints.map((e) => e.baseURL)).toEqual(["http://gen-0:8000/v1", "http://10.0.0.7:8001/v1"]);
    expect((config.models.annotators as { model: string }[]).map((a) => a.model)).toEqual(["Qwen/Qwen2.5-32B-Instruct", "Qwen/Qwen2.5-72B-Instruct", "meta-llama/Llama-3.1-70B-Instruct", "microsoft/phi-4"]);
  });
});

const base = (generator: unknown, extra: Record<string, unknown> = {}) => ({ name: "t", models: { generator }, ...extra });
const oc = (fields: Record<string, unknown>) => ({ backend: "openai-compatible", model: "m", baseURL: "http://h:8000/v1", ...fields });

describe("validateConfig errors name the file and JSON path", () => {
  it.each([
    [{ models: {} }, /c\.json: name: missing required field/],
    [{ name: "t", models: {} }, /models: no models/],
    [{ name: "t", models: {}, extra: 1 }, /c\.json: extra: unknown field/],
    [base(oc({ baseUrl: "x" })), /models\.generator\.baseUrl: unknown field[\s\S]*allowed here: backend, model, modelId, baseURL/],
    [base({ backend: "vllm" }), /models\.generator\.backend: invalid value "vllm" \(expected embedded \| openai-compatible\)/],
    [base(oc({ baseURL: undefined })), /models\.generator: missing baseURL \(or endpoints\)/],
    [base(oc({ endpoints: ["http://a/v1"] })), /give baseURL or endpoints, not both/],
    [base(oc({ baseURL: undefined, endpoints: ["http://a/v1", "gen-1:8000"] })), /models\.generator\.endpoints\[1\]: expected an http\(s\) URL/],
    [base(oc({ baseURL: undefined, endpoints: [{ baseURL: "http://a/v1", rpm: -5 }] })), /models\.generator\.endpoints\[0\]\.rpm: must be ≥ 1, got -5/],
    [base(oc({ server: "tgi" })), /models\.generator\.server: invalid value "tgi" \(expected vllm \| promptcot \| sglang/],
    [base(oc({ maxConcurrency: 2.5 })), /models\.generator\.maxConcurrency: expected an integer, got 2\.5/],
    [base(oc({ trainer: { kind: "external-command" } })), /models\.generator\.trainer\.serveCommand: missing required field/],
    [base(oc({ trainer: { kind: "embedded" } })), /models\.generator\.trainer\.kind: the embedded trainer trains embedded models only/],
    [base({ backend: "embedded", trainer: { kind: "openai-fine-tune" } }), /trainer\.kind: an embedded model cannot be trained with openai-fine-tune/],
    [{ name: "t", models: { annotators: [oc({}), { backend: "embedded", file: 3 }] } }, /models\.annotators\[1\]\.file: expected a non-empty string, got number 3/],
    [base(oc({}), { middleware: { budget: { maxUsd: 5 } } }), /middleware\.budget\.prices: maxUsd needs prices/],
    [base(oc({}), { batch: { transport: "ftp" } }), /batch\.transport: invalid value "ftp" \(expected openai \| command\)/],
  ])("%j", (value, pattern) => {
    expect(() => validateConfig(value, "c.json")).toThrow(pattern);
  });

  it("accepts $-prefixed comment keys and endpoint objects", () => {
    const c = validateConfig({ $comment: "x", name: "t", models: { generator: oc({ baseURL: undefined, endpoints: ["http://a:1/v1", { baseURL: "http://b:2/v1", weight: 2 }] }) } });
    expect((c.models.generator as { endpoints: unknown[] }).endpoints).toEqual([{ baseURL: "http://a:1/v1" }, { baseURL: "http://b:2/v1", weight: 2 }]);
  });
});

describe("loadConfig", () => {
  it("names file:line:col for a JSON syntax error", async () => {
    const f = join(tempDir(), "bad.json");
    writeFileSync(f, '{\n  "name": "t",\n  "models": {,}\n}\n');
    await expect(loadConfig(f)).rejects.toThrow(/bad\.json:3:\d+: \(syntax\)/);
  });
  it("names a missing environment variable and its JSON path", async () => {
    const f = join(tempDir(), "env.json");
    writeFileSync(f, JSON.stringify({ name: "t", models: { generator: oc({ baseURL: "${GEN_URL}" }) } }));
    await expect(loadConfig(f, { env: {} })).rejects.toThrow(/env\.json: models\.generator\.baseURL: environment variable GEN_URL is not set/);
  });
  it("resolves embedded model files against the config folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.json"), JSON.stringify({ name: "t", models: { generator: { backend: "embedded", file: "m/p.eplm" } } }));
    const { config } = await loadConfig(join(dir, "c.json"));
    expect((config.models.generator as { file: string }).file).toBe(join(dir, "m/p.eplm"));
  });
  it("fails on a missing file with the shipped names as remedy", async () => {
    await expect(loadConfig("/nonexistent/x.json")).rejects.toThrow(/cannot read[\s\S]*vllm-qwen\.json/);
  });
});

describe("interpolateEnv", () => {
  it.each([
    ["${A}", { A: "1" }, "1"],
    ["x-${A}-${B:-two}", { A: "1" }, "x-1-two"],
    ["${B:-}", {}, ""],
    ["no vars", {}, "no vars"],
    ["${A:-d}", { A: "" }, "d"],
  ])("%s", (text, env, want) => {
    expect(interpolateEnv({ k: [text] }, env, "f")).toEqual({ k: [want] });
  });
});
