import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems } from "../../../src/datasets/seed.js";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { renderChatPrompt } from "../../../src/lm/embedded/chat-prompt.js";
import { startServer, type RunningServer } from "../../../src/lm/serve/index.js";
import { annotateCommand, parseAnnotatorSpec } from "../../../src/cli/commands/annotate.js";
import { readProblemsFile } from "../../../src/pipeline/annotate/index.js";
import { renderConceptExtraction } from "../../../src/prompts/concept-extraction.js";
import { renderRationaleAnnotation } from "../../../src/prompts/rationale-annotation.js";

const FIVE = ["Vieta's formulas", "Modular arithmetic", "Pigeonhole principle", "Law of cosines", "Geometric series"];
let dir: string;
let server: RunningServer;
let input: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "annotate-cli-"));
  const seeds = (await loadSeedProblems({ domain: "math" })).slice(0, 10);
  const model = await EmbeddedModel.fit(
    seeds.flatMap((s) => [
      { prompt: renderChatPrompt(renderConceptExtraction({ problem: s.problem, numConcepts: 5 })), completion: `Let me analyse the problem.\n\n\`\`\`python\n[${FIVE.map((c) => JSON.stringify(c)).join(", ")}]\n\`\`\`` },
      { prompt: renderChatPrompt(renderRationaleAnnotation({ problem: s.problem, concepts: FIVE, level: s.level })), completion: "Thinking Process: Begin with the modular constraint, then choose a quadratic with Vieta relations." },
    ]),
    { seed: 2 },
  );
  // The ChatML-style template the embedded model was trained with (what `promptcot serve` uses for model files).
  server = await startServer({ model, servedName: "annotator-a", chatTemplate: renderChatPrompt });
  input = join(dir, "problems.jsonl");
  writeFileSync(input, seeds.map((s) => JSON.stringify({ id: s.id, problem: s.problem, level: s.level })).join("\n") + "\n");
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function capture(fn: () => Promise<unknown>): Promise<string> {
  const log = console.log;
  let out = "";
  console.log = (...args: unknown[]) => void (out += args.join(" ") + "\n");
  try {
    await fn();
  } finally {
    console.log = log;
  }
  return out;
}

describe("promptcot annotate", () => {
  it("annotates through promptcot serve with two annotators, writes triples, and resumes from the request cache", async () => {
    const argv = ["--input", input, "--annotator", `a=annotator-a@${server.baseURL}`, "--annotator", `b=annotator-a@${server.baseURL}`, "--temperature", "0", "--max-tokens", "200", "--root", dir, "--name", "ann", "--concurrency", "2"];
    const first = await capture(() => annotateCommand.run(argv));
    expect(first).toMatch(/a: 10\/10 triples/);
    expect(first).toMatch(/b: 10\/10 triples/);
    const triples = readFileSync(join(dir, "ann", "triples.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(triples).toHaveLength(20);
    expect(triples[0].concepts).toEqual(FIVE);
    expect(new Set(triples.map((t: { rationaleSource: string }) => t.rationaleSource))).toEqual(new Set(["annotator:a", "annotator:b"]));
    const again = await capture(() => annotateCommand.run(argv));
    expect(again).toMatch(/reused 40 samples, computing 0/);
  }, 120_000);

  it.each([
    ["qwen=Qwen/Qwen2.5-72B-Instruct@http://gpu1:8000/v1", { name: "qwen", model: "Qwen/Qwen2.5-72B-Instruct", baseURL: "http://gpu1:8000/v1" }],
    ["a=m@http://127.0.0.1:1/v1", { name: "a", model: "m", baseURL: "http://127.0.0.1:1/v1" }],
  ])("parses the annotator spec %s", (spec, want) => {
    expect(parseAnnotatorSpec(spec)).toEqual(want);
  });

  it.each(["qwen", "=m@http://x", "a=m", "a=@http://x"])("rejects the annotator spec %j", (spec) => {
    expect(() => parseAnnotatorSpec(spec)).toThrow(/NAME=MODEL@BASE_URL/);
  });

  it("names the file, line and field of a bad input row", async () => {
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, `{"problem": "p1", "level": "AIME"}\n{"problem": "p2"}\n`);
    await expect(readProblemsFile(bad)).rejects.toThrow(/bad\.jsonl:2.*level/);
  });
});
