import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSftExamples, exportSftExamples, checkTrainingJsonl, tokenCounter, type PostTrainingProblem, type TeacherTrace } from "../../../src/pipeline/post-training/index.js";
import { cl100kTokenizer } from "../../../src/core/tokenize.js";
import { codeText, HALF_PROBLEM, mathText, SUM_OK, SUM_PROBLEM, tempDir } from "./fixtures.js";

const p = (problemId: string, domain: "math" | "code", problem: string): PostTrainingProblem => ({ problemId, domain, problem });

describe("buildSftExamples", () => {
  const problems = [
    HALF_PROBLEM,
    SUM_PROBLEM,
    p("dup", "math", "What is 1 divided by 2?"), // same prompt as HALF_PROBLEM
    p("harmony", "math", "What is 2 + 2?"),
    p("harmony-bad", "math", "What is 3 + 3?"),
    p("nobox", "math", "What is 4 + 4?"),
    p("nocode", "code", "Print hello."),
    p("long", "math", "What is 5 + 5?"),
    p("cut", "math", "What is 6 + 6?"),
    p("missing", "math", "What is 7 + 7?"),
  ];
  const traces: TeacherTrace[] = [
    { problemId: "math-half", text: mathText("\\frac{1}{2}"), finishReason: "stop" },
    { problemId: "code-sum", text: codeText(SUM_OK), finishReason: "stop" },
    { problemId: "dup", text: mathText("0.5"), finishReason: "stop" },
    { problemId: "harmony", text: "analysisTwo plus two.assistantfinalIt is $\\boxed{4}$.", finishReason: "stop" },
    { problemId: "harmony-bad", text: "analysis six", finishReason: "stop" },
    { problemId: "nobox", text: "<think>\nAdd.\n</think>\n\nIt is 8.", finishReason: "stop" },
    { problemId: "nocode", text: "<think>\nEasy.\n</think>\n\nprint('hello')", finishReason: "stop" },
    { problemId: "long", text: mathText("10", "word ".repeat(400)), finishReason: "stop" },
    { problemId: "cut", text: "<think>\nTwelve", finishReason: "length" },
  ];

  it("converts, filters, caps length and dedups prompts, counting every drop", async () => {
    const { examples, funnel } = await buildSftExamples(problems, traces, { maxTokens: 300 });
    expect(examples.map((e) => e.problemId)).toEqual(["math-half", "code-sum", "harmony"]);
    expect(examples[2]!.completion).toBe("<think>\nTwo plus two.\n</think>\n\nIt is $\\boxed{4}$.");
    expect(funnel.dropCounts()).toEqual({
      duplicate_prompt: 1,
      "harmony_malformed:final_marker_count": 1,
      no_boxed_answer: 1,
      no_code_block: 1,
      too_long: 1,
      truncated: 1,
      no_trace: 1,
    });
    expect(funnel.inputCount).toBe(problems.length);
    expect(funnel.keptCount + funnel.dropped.length).toBe(problems.length);
    expect(examples.every((e) => e.tokens < 300 && e.tokens > 20)).toBe(true);
  });

  it("counts tokens with the given counter plus the template overhead, and honours the format", async () => {
    const seen: string[] = [];
    const { examples } = await buildSftExamples([HALF_PROBLEM], traces, {
      countTokens: async (texts) => texts.map((t) => (seen.push(t), 100)),
      templateOverheadTokens: 7,
    });
    expect(examples[0]!.tokens).toBe(107);
    expect(seen[0]!.startsWith("<|im_start|>user\nWhat is 1 divided by 2?")).toBe(true);
    expect((await buildSftExamples([HALF_PROBLEM], traces, { countTokens: async (t) => t.map(() => 100), minTokens: 200 })).funnel.dropCounts()).toEqual({ too_short: 1 });
    // "harmony" insists on conversion: a think-format trace is not harmony.
    expect((await buildSftExamples([HALF_PROBLEM], traces, { format: "harmony" })).funnel.dropCounts()).toEqual({ "harmony_malformed:not_harmony": 1 });
    const local = tokenCounter(cl100kTokenizer);
    expect(await local(["hello world"])).toEqual([2]);
  });

  it("exports TRL, OpenAI and the authors' SFT files that pass the validators", async () => {
    const { examples } = await buildSftExamples(problems, traces, { maxTokens: 300 });
    const dir = tempDir();
    const files = await exportSftExamples(examples, dir);
    expect(files.trl!.rows).toBe(3);
    expect(checkTrainingJsonl(files.trl!.file, "trl-sft").issues).toEqual([]);
    expect(checkTrainingJsonl(files.openai!.file, "openai-chat").issues).toEqual([]);
    const authors = readFileSync(files.authors!.file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { prompt: string; completion: string });
    expect(authors[0]!.prompt).toBe("<|im_start|>user\nWhat is 1 divided by 2?\nPlease reason step by step, and put your final answer within \\boxed{}.<|im_end|>\n<|im_start|>assistant");
    expect(authors[0]!.completion.startsWith("\n<think>\n")).toBe(true);
  });
});
