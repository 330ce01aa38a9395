import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeforcesRating, loadContests } from "../../../src/pipeline/evaluate/codeforces-rating.js";
import { codeEloContestRating } from "../../../src/metrics/codeforces-elo.js";

const contest = {
  id: 900,
  problems: [{ id: "900A", points: 500 }, { id: "900B", points: 1000 }],
  participants: [
    { points: 1500, penalty: 0, oldRating: 2000 },
    { points: 500, penalty: 0, oldRating: 1500 },
    { points: 0, penalty: 0, oldRating: 1000 },
  ],
};

describe("codeforcesRating", () => {
  it("uses the CodeElo method when contest standings cover the problems, with at most 8 submissions each", () => {
    const passed = [false, false, false, false, false, false, false, false, true]; // the 9th sample is beyond CodeElo's limit
    const r = codeforcesRating([{ itemId: "900A", passed: [true] }, { itemId: "900B", passed }], [contest]);
    expect(r.method).toBe("codeelo");
    const expected = codeEloContestRating(contest, { "900A": [true], "900B": passed.slice(0, 8) });
    expect(r.rating).toBeCloseTo(expected.rating, 9);
    expect(r.problems).toBe(2);
    expect(r.assumptions.length).toBeGreaterThan(0);
  });

  it("falls back to the problem-rating approximation, then to none", () => {
    // Hand-computed: solve rates 1 at 1200 and 0 at 1800 → r = 1500 (the two logistic terms sum to 1 by symmetry).
    expect(codeforcesRating([{ itemId: "A", rating: 1200, passed: [true, true] }, { itemId: "B", rating: 1800, passed: [false, false] }]).rating).toBeCloseTo(1500, 3);
    // One problem at 1000 solved half the time → r = 1000.
    expect(codeforcesRating([{ itemId: "A", rating: 1000, passed: [true, false] }]).rating).toBeCloseTo(1000, 3);
    const none = codeforcesRating([{ itemId: "A", passed: [true] }], [{ ...contest, problems: [{ id: "zzz" }] }]);
    expect(none.method).toBe("none");
    expect(none.rating).toBeUndefined();
  });
});

describe("loadContests", () => {
  const dir = mkdtempSync(join(tmpdir(), "contests-"));
  const write = (name: string, body: string) => {
    const f = join(dir, name);
    writeFileSync(f, body);
    return f;
  };

  it("reads contest standings", () => {
    const f = write("ok.json", JSON.stringify({ contests: [contest] }));
    expect(loadContests(f)).toEqual([contest]);
  });

  it.each([
    ["not json", "{", /cannot read contest data/],
    ["no contests", "{}", /contests/],
    ["empty problems", JSON.stringify({ contests: [{ id: 1, problems: [], participants: [] }] }), /contests\[0\]\.problems/],
    ["bad participant", JSON.stringify({ contests: [{ id: 1, problems: [{ id: "1A" }], participants: [{ points: 1, penalty: "x", oldRating: 1 }] }] }), /participants\[0\]\.penalty/],
  ])("rejects %s naming the field", (name, body, message) => {
    expect(() => loadContests(write(`${name}.json`, body))).toThrow(message);
  });
});
