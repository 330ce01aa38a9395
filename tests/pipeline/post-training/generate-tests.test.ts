import { describe, expect, it } from "vitest";
import { EmbeddedModel, renderChatPrompt } from "../../../src/lm/embedded/index.js";
import { renderUnitTestGeneration } from "../../../src/prompts/unit-test-generation.js";
import { generateUnitTests, type PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";

const problems: PostTrainingProblem[] = [
  { problemId: "good", domain: "code", problem: "Read n and print n squared." },
  { problemId: "bad", domain: "code", problem: "Read a word and print it reversed." },
];

function promptOf(p: PostTrainingProblem): string {
  return renderChatPrompt(renderUnitTestGeneration(p.problem));
}

describe("generateUnitTests with a real embedded model", () => {
  // The n-gram model cannot tell two long, mostly shared prompts apart, so each behaviour gets its own model.
  it("runs 4 rounds, parses strictly and dedups identical tests", async () => {
    const model = await EmbeddedModel.fit(
      Array.from({ length: 5 }, () => ({ prompt: promptOf(problems[0]!), completion: '<think>\nEdge case n = 5.\n</think>\n```json\n{"input": "5", "output": "25"}\n```' })),
      { seed: 0 },
    );
    const result = await generateUnitTests(model, problems.slice(0, 1), { temperature: 0, maxTokens: 80, seed: 0 });
    expect(result.problems).toEqual([
      { problemId: "good", tests: [{ input: "5", output: "25", kind: "stdin" }], calls: 4, parsed: 4, duplicates: 3, rejections: { duplicate: 3 } },
    ]);
    expect(result.candidates.map((c) => [c.round, c.status])).toEqual([
      [0, "kept"],
      [1, "duplicate"],
      [2, "duplicate"],
      [3, "duplicate"],
    ]);
    expect(result.candidateFunnel.rows()).toEqual([
      { stage: "testgen/candidates", reason: "input", count: 4 },
      { stage: "testgen/candidates", reason: "duplicate", count: 3 },
      { stage: "testgen/candidates", reason: "kept", count: 1 },
    ]);
    expect(result.funnel.dropCounts()).toEqual({});
  });

  it("rejects structured JSON (the authors' bad example) and drops the problem with no valid test", async () => {
    const model = await EmbeddedModel.fit(
      Array.from({ length: 5 }, () => ({ prompt: promptOf(problems[1]!), completion: '```json\n{"input": {"word": "ab"}, "output": "ba"}\n```' })),
      { seed: 0 },
    );
    const result = await generateUnitTests(model, problems.slice(1), { temperature: 0, maxTokens: 80 });
    expect(result.problems).toEqual([]);
    expect(result.candidates.map((c) => c.status)).toEqual(["non_string_field", "non_string_field", "non_string_field", "non_string_field"]);
    expect(result.candidates[0]!.raw).toContain('"word"');
    expect(result.funnel.rows()).toEqual([
      { stage: "testgen/problems", reason: "input", count: 1 },
      { stage: "testgen/problems", reason: "no_valid_test", count: 1 },
      { stage: "testgen/problems", reason: "kept", count: 0 },
    ]);
    expect(result.funnel.dropped[0]!.detail).toBe('{"non_string_field":4}');
  });

  it("honours the number of rounds", async () => {
    const model = await EmbeddedModel.fit([{ prompt: promptOf(problems[0]!), completion: '```json\n{"input": "3\\n", "output": "9\\n"}\n```' }], { seed: 0 });
    const result = await generateUnitTests(model, problems.slice(0, 1), { rounds: 2, temperature: 0, maxTokens: 60 });
    expect(result.problems[0]).toMatchObject({ calls: 2, parsed: 2, duplicates: 1, tests: [{ input: "3\n", output: "9\n" }] });
  });
});
