import { describe, expect, it } from "vitest";
import { artifactName, Funnel } from "../../../src/pipeline/post-training/index.js";

describe("Funnel", () => {
  it("counts input, drops by reason (most first) and kept, and keeps every dropped row", () => {
    const f = new Funnel("s");
    f.input(4);
    f.drop("a", "x");
    f.drop("b", "y", "why");
    f.drop("c", "y");
    f.keep();
    expect(f.rows()).toEqual([
      { stage: "s", reason: "input", count: 4 },
      { stage: "s", reason: "y", count: 2 },
      { stage: "s", reason: "x", count: 1 },
      { stage: "s", reason: "kept", count: 1 },
    ]);
    expect(f.dropped).toEqual([
      { stage: "s", id: "a", reason: "x" },
      { stage: "s", id: "b", reason: "y", detail: "why" },
      { stage: "s", id: "c", reason: "y" },
    ]);
    expect(f.dropCounts()).toEqual({ x: 1, y: 2 });
  });
});

describe("artifactName", () => {
  it.each([
    ["/r", "/r/artifacts/dpo-trl.jsonl", "dpo-trl.jsonl"],
    ["/r", "/r/toy/dpo-trl.jsonl", "toy-dpo-trl.jsonl"],
    ["/r", "/r/a/b/sft.jsonl", "a-b-sft.jsonl"],
    ["/r", "/elsewhere/x.jsonl", "x.jsonl"],
  ])("%s + %s → %s", (dir, file, name) => {
    expect(artifactName(dir, file)).toBe(name);
  });
});
