import { describe, expect, it } from "vitest";
import { passRateDecision, type PassRateOptions } from "../../../src/pipeline/post-training/index.js";

describe("passRateDecision", () => {
  const cases: Array<[number, number, PassRateOptions, boolean | string]> = [
    [0, 8, {}, "never_solved"],
    [1, 8, {}, true],
    [3, 8, {}, true],
    [4, 8, {}, "too_easy"], // paper: ≥ half excluded
    [4, 8, { rule: "code" }, true], // official code keeps 4/8
    [5, 8, { rule: "code" }, "too_easy"],
    [8, 8, { rule: "code" }, "too_easy"],
    [0, 8, { dropNeverSolved: false }, true],
    [2, 4, {}, "too_easy"],
    [2, 5, {}, true],
    [3, 5, {}, "too_easy"],
    [3, 8, { maxPassRate: 0.25 }, "too_easy"],
    [2, 8, { maxPassRate: 0.25 }, true],
    [0, 0, {}, "no_rollouts"],
  ];
  it.each(cases)("%i of %i with %j → %s", (passes, total, options, expected) => {
    const d = passRateDecision(passes, total, options);
    if (expected === true) expect(d.keep).toBe(true);
    else expect(d).toMatchObject({ keep: false, reason: expected });
    if (total > 0) expect(d.passRate).toBeCloseTo(passes / total);
  });
});
