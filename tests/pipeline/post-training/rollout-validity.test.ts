import { describe, expect, it } from "vitest";
import { checkRolloutValidity, cjkShare, type ValidityOptions } from "../../../src/pipeline/post-training/index.js";
import type { Domain } from "../../../src/core/rows.js";
import { codeText, mathText } from "./fixtures.js";

type Opts = ValidityOptions & { prompt?: string; finishReason?: string };

describe("checkRolloutValidity", () => {
  const cases: Array<[string, string, Domain, Opts, true | string]> = [
    ["valid math", mathText("2"), "math", {}, true],
    ["valid code", codeText("print(1)"), "code", {}, true],
    ["truncated by length", mathText("2"), "math", { finishReason: "length" }, "truncated"],
    ["truncation allowed", mathText("2"), "math", { finishReason: "length", rejectTruncated: false }, true],
    ["no think block", "The answer is \\boxed{2}", "math", {}, "no_think_block"],
    ["unclosed think", "<think>\nhmm \\boxed{2}", "math", {}, "no_think_block"],
    ["prefilled think restored", "I divide.\n</think>\n\n\\boxed{2}", "math", { thinkPrefilled: true }, true],
    ["prefilled think needed", "I divide.\n</think>\n\n\\boxed{2}", "math", {}, "no_think_block"],
    ["empty thinking", "<think>\n \n</think>\n\\boxed{2}", "math", {}, "empty_thinking"],
    ["nested think", "<think>a<think>b</think>\\boxed{2}", "math", {}, "extra_think_tags"],
    ["second block", "<think>a</think>x<think>b</think>\\boxed{2}", "math", {}, "extra_think_tags"],
    ["empty answer", "<think>a</think>\n ", "math", {}, "empty_answer"],
    ["CJK in answer", mathText("2").replace("The answer", "答案"), "math", {}, "language_mismatch"],
    ["Hangul in answer", codeText("print(1)") + "\n정답", "code", {}, "language_mismatch"],
    ["CJK in thinking only (answer scope)", mathText("2", "我想"), "math", {}, true],
    ["CJK in thinking, scope all", mathText("2", "我想"), "math", { languageScope: "all" }, "language_mismatch"],
    ["CJK under the share limit", mathText("2").replace("The answer", "The answer 是"), "math", { maxCjkShare: 0.2 }, true],
    ["Chinese prompt skips the filter", mathText("2").replace("The answer", "答案"), "math", { prompt: "求解：一加一等于多少？" }, true],
    ["math without box", "<think>a</think>\nIt is 2.", "math", {}, "no_final_answer"],
    ["math last number allowed", "<think>a</think>\nIt is 2.", "math", { mathAnswer: "any" }, true],
    ["math box only in thinking", "<think>\\boxed{2}</think>\nsee above", "math", {}, "no_final_answer"],
    ["code without fence", "<think>a</think>\nprint(1)", "code", {}, "no_code_block"],
    ["code empty fence", "<think>a</think>\n```python\n\n```", "code", {}, "no_code_block"],
  ];
  it.each(cases)("%s", (_name, text, domain, options, expected) => {
    const r = checkRolloutValidity(text, domain, options);
    if (expected === true) expect(r.valid).toBe(true);
    else expect(r).toMatchObject({ valid: false, reason: expected });
  });

  it("returns the text with the prefilled <think> restored", () => {
    expect(checkRolloutValidity("x\n</think>\n\\boxed{3}", "math", { thinkPrefilled: true })).toEqual({ valid: true, text: "<think>\nx\n</think>\n\\boxed{3}" });
  });
});

describe("cjkShare", () => {
  it.each([
    ["", 0],
    ["abc 123 \\frac{1}{2}", 0],
    ["答案是 x", 0.75],
    ["ひらがな", 1],
    ["カタ ab", 0.5],
    ["한국 ab", 0.5],
  ])("%j → %d", (text, share) => {
    expect(cjkShare(text)).toBeCloseTo(share);
  });
});
