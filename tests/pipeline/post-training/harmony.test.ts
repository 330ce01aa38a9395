import { describe, expect, it } from "vitest";
import { harmonyToThink } from "../../../src/pipeline/post-training/index.js";

describe("harmonyToThink", () => {
  const ok: Array<[string, string, string]> = [
    ["skipped specials", "analysisLet me add.assistantfinalThe sum is 3.", "<think>\nLet me add.\n</think>\n\nThe sum is 3."],
    ["case-insensitive markers", "Analysis think AssistantFinal done", "<think>\nthink\n</think>\n\ndone"],
    ["leading whitespace", "  analysis a\nb assistantfinal c", "<think>\na\nb\n</think>\n\nc"],
    [
      "special tokens kept",
      "<|channel|>analysis<|message|>Think.<|end|><|start|>assistant<|channel|>final<|message|>Answer \\boxed{3}<|return|>",
      "<think>\nThink.\n</think>\n\nAnswer \\boxed{3}",
    ],
    [
      "with start token",
      "<|start|>assistant<|channel|>analysis<|message|>T<|end|><|start|>assistant<|channel|>final<|message|>F",
      "<think>\nT\n</think>\n\nF",
    ],
  ];
  it.each(ok)("converts %s", (_name, input, expected) => {
    expect(harmonyToThink(input)).toEqual({ ok: true, text: expected });
  });

  const bad: Array<[string, string, string]> = [
    ["no analysis prefix", "The answer is 3.", "not_harmony"],
    ["think format is not harmony", "<think>x</think> y", "not_harmony"],
    ["no final marker", "analysis only thinking", "final_marker_count"],
    ["two final markers", "analysis a assistantfinal b assistantfinal c", "final_marker_count"],
    ["empty analysis", "analysis assistantfinal x", "empty_analysis"],
    ["empty final", "analysis x assistantfinal  ", "empty_final"],
    ["specials without final", "<|channel|>analysis<|message|>T<|end|>", "final_marker_count"],
  ];
  it.each(bad)("rejects %s", (_name, input, reason) => {
    expect(harmonyToThink(input)).toEqual({ ok: false, reason });
  });
});
