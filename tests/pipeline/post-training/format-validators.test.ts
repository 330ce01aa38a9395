import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertTrainingJsonl, checkTrainingJsonl, checkTrainingRow, type TrainingFormat } from "../../../src/pipeline/post-training/index.js";
import { InputError } from "../../../src/core/errors.js";
import { tempDir } from "./fixtures.js";

const user = { role: "user", content: "q" };
const asst = (content = "a") => ({ role: "assistant", content });

describe("checkTrainingRow", () => {
  const cases: Array<[string, TrainingFormat, unknown, string[]]> = [
    ["valid DPO", "trl-dpo", { prompt: [user], chosen: [asst("good")], rejected: [asst("bad")] }, []],
    ["DPO with system turn", "trl-dpo", { prompt: [{ role: "system", content: "s" }, user], chosen: [asst("g")], rejected: [asst("b")] }, []],
    ["DPO prompt as string", "trl-dpo", { prompt: "q", chosen: [asst("g")], rejected: [asst("b")] }, ["prompt"]],
    ["DPO empty chosen", "trl-dpo", { prompt: [user], chosen: [], rejected: [asst("b")] }, ["chosen"]],
    ["DPO chosen by user", "trl-dpo", { prompt: [user], chosen: [user], rejected: [asst("b")] }, ["chosen[0].role"]],
    ["DPO prompt ends with assistant", "trl-dpo", { prompt: [user, asst()], chosen: [asst("g")], rejected: [asst("b")] }, ["prompt"]],
    ["DPO identical completions", "trl-dpo", { prompt: [user], chosen: [asst("x")], rejected: [asst("x")] }, ["rejected"]],
    ["DPO bad role", "trl-dpo", { prompt: [{ role: "human", content: "q" }], chosen: [asst("g")], rejected: [asst("b")] }, ["prompt[0].role", "prompt"]],
    ["DPO non-string content", "trl-dpo", { prompt: [user], chosen: [{ role: "assistant", content: 3 }], rejected: [asst("b")] }, ["chosen[0].content"]],
    ["not an object", "trl-sft", [1], ["(row)"]],
    ["valid SFT", "trl-sft", { messages: [user, asst()] }, []],
    ["SFT extra columns are fine for TRL", "trl-sft", { messages: [user, asst()], problemId: "p" }, []],
    ["SFT without assistant", "trl-sft", { messages: [user] }, ["messages"]],
    ["SFT empty", "trl-sft", { messages: [] }, ["messages"]],
    ["valid OpenAI", "openai-chat", { messages: [{ role: "system", content: "s" }, user, { ...asst(), weight: 1 }] }, []],
    ["OpenAI extra top-level key", "openai-chat", { messages: [user, asst()], problemId: "p" }, ["problemId"]],
    ["OpenAI empty content", "openai-chat", { messages: [user, asst("")] }, ["messages[1].content"]],
    ["OpenAI weight on user", "openai-chat", { messages: [{ ...user, weight: 1 }, asst()] }, ["messages[0].weight"]],
    ["OpenAI weight 2", "openai-chat", { messages: [user, { ...asst(), weight: 2 }] }, ["messages[1].weight"]],
    ["OpenAI unknown message field", "openai-chat", { messages: [user, { ...asst(), score: 1 }] }, ["messages[1].score"]],
  ];
  it.each(cases)("%s", (_name, format, row, fields) => {
    expect(checkTrainingRow(row, format).map((i) => i.field)).toEqual(fields);
  });
});

describe("checkTrainingJsonl / assertTrainingJsonl", () => {
  it("names the file line of each issue and throws an InputError for the first", () => {
    const file = join(tempDir(), "sft.jsonl");
    writeFileSync(file, [JSON.stringify({ messages: [user, asst()] }), "", "{oops", JSON.stringify({ messages: [user] })].join("\n") + "\n");
    const { rows, issues } = checkTrainingJsonl(file, "trl-sft");
    expect(rows).toBe(3);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [3, "(row)"],
      [4, "messages"],
    ]);
    expect(() => assertTrainingJsonl(file, "trl-sft")).toThrow(InputError);
    expect(() => assertTrainingJsonl(file, "trl-sft")).toThrow(/sft\.jsonl:3 \(field \(row\)\): invalid JSON.*2 issue/);
  });
});
