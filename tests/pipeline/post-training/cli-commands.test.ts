import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { EmbeddedModel, renderChatPrompt } from "../../../src/lm/embedded/index.js";
import { renderUnitTestGeneration } from "../../../src/prompts/unit-test-generation.js";
import { checkTrainingJsonl, solvingPrompt } from "../../../src/pipeline/post-training/index.js";
import { selfplayCommand } from "../../../src/cli/commands/selfplay.js";
import { sftDataCommand } from "../../../src/cli/commands/sft-data.js";
import { labelCommand } from "../../../src/cli/commands/label.js";
import { testgenCommand } from "../../../src/cli/commands/testgen.js";
import { HALF_PROBLEM, mathText, SUM_PROBLEM, tempDir } from "./fixtures.js";

// The CLI commands (src/cli/commands/{selfplay,sft-data,label,testgen}.ts) run in process on real files.
let dir: string;
let policyFile: string;
let writerFile: string;
let mathInput: string;

beforeAll(async () => {
  dir = tempDir("post-training-cli-");
  const prompt = solvingPrompt(HALF_PROBLEM);
  const answers = [mathText("\\frac{1}{2}", "Half of one."), mathText("0.5", "One over two."), mathText("1/2", "Divide by two."), mathText("2", "Two."), mathText("3", "Three."), mathText("1/3", "A third."), mathText("4", "Four."), mathText("5", "Five.")];
  policyFile = join(dir, "policy.bin");
  await (await EmbeddedModel.fit(answers.map((completion) => ({ prompt, completion })), { seed: 0 })).save(policyFile);
  writerFile = join(dir, "writer.bin");
  const testPrompt = renderChatPrompt(renderUnitTestGeneration(SUM_PROBLEM.problem));
  await (await EmbeddedModel.fit([{ prompt: testPrompt, completion: '```json\n{"input": "7 5", "output": "12"}\n```' }], { seed: 0 })).save(writerFile);
  mathInput = join(dir, "math.jsonl");
  writeFileSync(mathInput, JSON.stringify(HALF_PROBLEM) + "\n");
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

describe("promptcot selfplay / sft-data / label / testgen", () => {
  it("selfplay writes TRL and authors' DPO files into the run's artifacts", async () => {
    const root = join(dir, "runs");
    const code = await selfplayCommand.run(["--input", mathInput, "--embedded", policyFile, "--style", "prompt", "--k", "8", "--temperature", "0.3", "--max-tokens", "60", "--seed", "9", "--root", root]); // seed 9: 2 of 8 solved in process
    expect(code).toBe(0);
    const trl = join(root, "selfplay", "artifacts", "dpo-trl.jsonl");
    const { rows, issues } = checkTrainingJsonl(trl, "trl-dpo");
    expect(issues).toEqual([]);
    expect(rows).toBeGreaterThan(0);
    expect(readFileSync(join(root, "selfplay", "artifacts", "dpo-authors.jsonl"), "utf8")).toContain("PromptCoT-Math");
  });

  it("selfplay resumes from the request cache in the run store: a rerun reuses all 8 samples and writes the same pairs", async () => {
    const root = join(dir, "runs-resume");
    const args = ["--input", mathInput, "--embedded", policyFile, "--style", "prompt", "--k", "8", "--temperature", "0.3", "--max-tokens", "60", "--seed", "9", "--root", root];
    const log = vi.mocked(console.log);
    expect(await selfplayCommand.run(args)).toBe(0);
    const first = readFileSync(join(root, "selfplay", "artifacts", "dpo-trl.jsonl"), "utf8");
    log.mockClear();
    expect(await selfplayCommand.run(args)).toBe(0);
    expect(log.mock.calls.map((c) => String(c[0])).find((l) => l.startsWith("♻️"))).toMatch(/reused 8 samples, computing 0/);
    expect(readFileSync(join(root, "selfplay", "artifacts", "dpo-trl.jsonl"), "utf8")).toBe(first);
  });

  it("sft-data writes TRL, OpenAI and authors' SFT files", async () => {
    const root = join(dir, "runs");
    const code = await sftDataCommand.run(["--input", mathInput, "--embedded", policyFile, "--style", "prompt", "--temperature", "0.3", "--max-tokens", "60", "--root", root]);
    expect(code).toBe(0);
    for (const name of ["sft-trl.jsonl", "sft-openai.jsonl", "sft-authors.jsonl"]) expect(existsSync(join(root, "sft-data", "artifacts", name))).toBe(true);
    expect(checkTrainingJsonl(join(root, "sft-data", "artifacts", "sft-openai.jsonl"), "openai-chat").issues).toEqual([]);
  });

  it("label writes problems with the voted answer and its confidence", async () => {
    const root = join(dir, "runs");
    const unlabeled = join(dir, "unlabeled.jsonl");
    writeFileSync(unlabeled, JSON.stringify({ ...HALF_PROBLEM, answer: undefined }) + "\n");
    expect(await labelCommand.run(["--input", unlabeled, "--embedded", policyFile, "--style", "prompt", "--temperature", "0.3", "--max-tokens", "60", "--root", root])).toBe(0);
    const rows = readFileSync(join(root, "label", "artifacts", "labelled-problems.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { answer: string; answerConfidence: number });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answer).not.toBe("");
    expect(rows[0]!.answerConfidence).toBeGreaterThan(0);
  });

  it("testgen writes code problems with their generated tests", async () => {
    const root = join(dir, "runs");
    const input = join(dir, "code.jsonl");
    writeFileSync(input, JSON.stringify({ problemId: "c1", domain: "code", problem: SUM_PROBLEM.problem }) + "\n");
    expect(await testgenCommand.run(["--input", input, "--embedded", writerFile, "--temperature", "0", "--max-tokens", "40", "--root", root])).toBe(0);
    const rows = readFileSync(join(root, "testgen", "artifacts", "testgen-problems.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { tests: unknown[] });
    expect(rows[0]!.tests).toEqual([{ input: "7 5", output: "12", kind: "stdin" }]);
  });

  it("refuses a missing input, a bad flag value and a malformed problem row (file:line, field)", async () => {
    await expect(selfplayCommand.run(["--embedded", policyFile])).rejects.toThrow(/--input: missing problems file/);
    await expect(selfplayCommand.run(["--input", mathInput, "--embedded", policyFile, "--rule", "median"])).rejects.toThrow(/invalid rule: median/);
    await expect(labelCommand.run(["--input", mathInput])).rejects.toThrow(/no model given/);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, JSON.stringify(HALF_PROBLEM) + "\n" + JSON.stringify({ problemId: "x", domain: "physics", problem: "?" }) + "\n");
    await expect(selfplayCommand.run(["--input", bad, "--embedded", policyFile])).rejects.toThrow(/bad\.jsonl:2 \(field domain\): invalid value "physics"/);
  });
});
