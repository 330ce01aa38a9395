import { describe, expect, it } from "vitest";
import { EmbeddedModel, renderChatPrompt } from "../../../src/lm/embedded/index.js";
import { labelByMajorityVote, majorityVote, solvingPrompt, type PostTrainingProblem } from "../../../src/pipeline/post-training/index.js";
import { mathText } from "./fixtures.js";

describe("majorityVote", () => {
  const cases: Array<[string, string[], { answer: string; agreement: number; validVotes: number; clusters: number; tie: boolean } | undefined]> = [
    ["equivalent forms cluster", [mathText("1/2"), mathText("0.5"), mathText("\\frac{1}{2}"), mathText("3")], { answer: "1/2", agreement: 0.75, validVotes: 4, clusters: 2, tie: false }],
    ["invalid votes are left out of the share", [mathText("7"), "<think>cut", "no box", mathText("7"), mathText("8")], { answer: "7", agreement: 2 / 3, validVotes: 3, clusters: 2, tie: false }],
    ["tie: earliest answer wins and is flagged", [mathText("2"), mathText("3"), mathText("3"), mathText("2")], { answer: "2", agreement: 0.5, validVotes: 4, clusters: 2, tie: true }],
    ["unanimous", Array.from({ length: 8 }, () => mathText("\\sqrt{2}")), { answer: "\\sqrt{2}", agreement: 1, validVotes: 8, clusters: 1, tie: false }],
    ["boxes inside thinking do not vote", ["<think>\\boxed{5}</think> no answer", mathText("6")], { answer: "6", agreement: 1, validVotes: 1, clusters: 1, tie: false }],
    ["no valid vote", ["<think>\\boxed{5}", "nothing"], undefined],
  ];
  it.each(cases)("%s", (_name, texts, expected) => {
    const { label, votes } = majorityVote("p", texts);
    expect(votes).toHaveLength(texts.length);
    if (!expected) return expect(label).toBeUndefined();
    expect(label).toMatchObject({ problemId: "p", answer: expected.answer, validVotes: expected.validVotes, votes: texts.length, clusters: expected.clusters, tie: expected.tie });
    expect(label!.agreement).toBeCloseTo(expected.agreement);
    expect(votes.filter((v) => v.cluster === 0)).toHaveLength(Math.round(expected.agreement * expected.validVotes));
  });
});

describe("labelByMajorityVote with a real embedded model", () => {
  const problems: PostTrainingProblem[] = [
    { problemId: "m1", domain: "math", problem: "Compute the product of seven and six." },
    { problemId: "m2", domain: "math", problem: "What is the capital letter after B?" },
  ];

  // The n-gram model cannot tell two long, mostly shared prompts apart, so each behaviour gets its own model.
  const fitOn = (problem: PostTrainingProblem, completion: string) =>
    EmbeddedModel.fit(Array.from({ length: 6 }, () => ({ prompt: renderChatPrompt([{ role: "user", content: solvingPrompt(problem) }]), completion })), { seed: 0 });

  it("votes over 8 samples and keeps agreement as the confidence column", async () => {
    const model = await fitOn(problems[0]!, mathText("42", "Seven times six."));
    const { labels, votes, funnel } = await labelByMajorityVote(model, problems.slice(0, 1), { samples: 8, temperature: 0, maxTokens: 64, seed: 3 });
    expect(votes).toHaveLength(8);
    expect(votes.every((v) => v.answer === "42" && v.cluster === 0)).toBe(true);
    expect(labels).toEqual([{ problemId: "m1", answer: "42", agreement: 1, votes: 8, validVotes: 8, clusters: 1, runnerUp: 0, tie: false }]);
    expect(funnel.dropCounts()).toEqual({});

    const strict = await labelByMajorityVote(model, problems.slice(0, 1), { samples: 2, temperature: 0, maxTokens: 64, minValidVotes: 3 });
    expect(strict.labels).toEqual([]);
    expect(strict.funnel.dropCounts()).toEqual({ too_few_votes: 1 });
  });

  it("drops a problem whose samples carry no final answer", async () => {
    const model = await fitOn(problems[1]!, "<think>\nLetters.\n</think>\n\nIt is C.");
    const { labels, votes, funnel } = await labelByMajorityVote(model, problems.slice(1), { samples: 4, temperature: 0, maxTokens: 64 });
    expect(labels).toEqual([]);
    expect(votes.map((v) => v.answer)).toEqual([undefined, undefined, undefined, undefined]);
    expect(funnel.rows()).toEqual([
      { stage: "label/problems", reason: "input", count: 1 },
      { stage: "label/problems", reason: "no_valid_votes", count: 1 },
      { stage: "label/problems", reason: "kept", count: 0 },
    ]);
  });
});
