import { describe, expect, it } from "vitest";
import { parseEvalArgs } from "../../../src/cli/commands/eval.js";

describe("promptcot eval flags", () => {
  it("defaults to the paper's decoding and our fixtures", () => {
    const a = parseEvalArgs(["--seed-solver"]);
    expect(a).toMatchObject({ temperature: 0.6, topP: 0.95, maxTokens: 81_920, seed: 0, promptFormat: "auto", runs: "runs", name: "eval", concurrency: 4 });
    expect(a.benchmarks.map((b) => b.name)).toEqual(["fixture-aime", "fixture-lcb-v5", "fixture-lcb-v6", "fixture-codeforces", "fixture-codeelo"]);
  });

  it("takes a server, benchmark specs and overrides", () => {
    const a = parseEvalArgs(["--base-url", "http://127.0.0.1:8000/v1", "--model", "m", "--benchmark", "path=x.jsonl,kind=math", "--max-tokens", "4096", "--samples", "2", "--limit", "5", "--prompt-format", "chat"]);
    expect(a).toMatchObject({ baseURL: "http://127.0.0.1:8000/v1", model: "m", maxTokens: 4096, samples: 2, limit: 5, promptFormat: "chat" });
    expect(a.benchmarks.map((b) => b.name)).toEqual(["x"]); // a spec alone replaces the default group
    expect(parseEvalArgs(["--seed-solver", "--benchmarks", "aime24", "--data-dir", "/d"]).benchmarks[0]!.source.path).toBe("/d/promptcot2_aime24_test.jsonl");
  });

  it.each([
    [[], /no model given/],
    [["--seed-solver", "--model-file", "m.bin"], /more than one model/],
    [["--base-url", "http://x/v1"], /--model/],
    [["--seed-solver", "--top-p", "1.5"], /--top-p/],
    [["--seed-solver", "--samples", "0"], /--samples/],
    [["--seed-solver", "--prompt-format", "raw"], /--prompt-format/],
    [["--seed-solver", "--benchmarks", "nope"], /unknown benchmark/],
    [["--seed-solver", "--colour"], /promptcot eval --help/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseEvalArgs(argv)).toThrow(message);
  });
});
