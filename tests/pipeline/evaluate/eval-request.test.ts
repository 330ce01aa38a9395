import { describe, expect, it } from "vitest";
import type { BenchmarkItem } from "../../../src/datasets/benchmarks.js";
import { parseBenchmarkSpec, selectBenchmarks } from "../../../src/pipeline/evaluate/eval-benchmarks.js";
import { evalRequest, PAPER_DECODING, solvingText } from "../../../src/pipeline/evaluate/eval-request.js";
import { MATH_SUFFIX } from "../../../src/prompts/solving.js";

const authors: BenchmarkItem = { benchmark: "aime24", itemId: "3", problem: "Find $x$.", prompt: "<|im_start|>user\nFind $x$.\nSUFFIX<|im_end|>\n<|im_start|>assistant\n<think>\n", gold: "7", meta: {} };
const upstream: BenchmarkItem = { benchmark: "m", itemId: "9", problem: "Find $y$.", gold: "2", meta: {} };

describe("evalRequest", () => {
  it("uses the paper's decoding: T 0.6, top-p 0.95, 81,920 tokens", () => {
    expect(PAPER_DECODING).toMatchObject({ temperature: 0.6, topP: 0.95, maxTokens: 81_920 });
    const r = evalRequest(authors, "math", "auto", PAPER_DECODING, 16);
    expect(r.request).toMatchObject({ id: "aime24/3", prompt: authors.prompt, n: 16, temperature: 0.6, topP: 0.95, maxTokens: 81_920 });
    expect(r.format).toBe("authors");
    expect(r.thinkPrefilled).toBe(true);
  });

  it.each([
    ["auto", upstream, "chat", false],
    ["chat", authors, "chat", false],
    ["solving", upstream, "solving", false],
  ] as const)("format %s on %s → %s", (format, item, resolved, prefilled) => {
    const r = evalRequest(item, "math", format, { ...PAPER_DECODING, maxTokens: 100 }, 2);
    expect(r.format).toBe(resolved);
    expect(r.thinkPrefilled).toBe(prefilled);
    const text = resolved === "chat" ? r.request.messages![0]!.content : r.request.prompt!;
    expect(text).toBe(solvingText(item, "math"));
  });

  it("takes the user turn of an authors' prompt, else adds the paper's math suffix", () => {
    expect(solvingText(authors, "math")).toBe("Find $x$.\nSUFFIX");
    expect(solvingText(upstream, "math")).toBe(`Find $y$.\n${MATH_SUFFIX}`);
  });

  it("adds the starter code for call-based code problems", () => {
    const text = solvingText({ benchmark: "l", itemId: "1", problem: "Count peaks.", meta: { starterCode: "class Solution:\n    def f(self):" } }, "code");
    expect(text).toContain("Question: Count peaks.");
    expect(text).toContain("```python\nclass Solution:\n    def f(self):\n```");
  });

  it("refuses the authors' format for an item without a prompt, with a remedy", () => {
    expect(() => evalRequest(upstream, "math", "authors", PAPER_DECODING, 1)).toThrow(/--prompt-format chat/);
  });
});

describe("benchmark selection", () => {
  it("expands groups in order without duplicates, with the paper's sample counts", () => {
    const b = selectBenchmarks("math,aime24,codeforces");
    expect(b.map((x) => [x.name, x.samples])).toEqual([["aime24", 16], ["aime25", 16], ["hmmt25", 16], ["codeforces", 8]]);
    expect(selectBenchmarks("lcb_v5", { dataDir: "/d" })[0]!.source).toMatchObject({ path: "/d/promptcot2_lcb_v5_test.jsonl", testsDir: "/d/lcb_tests" });
  });

  it("names the upstream Hugging Face datasets, LiveCodeBench by the paper's date windows", () => {
    const hf = new Map(selectBenchmarks("hf").map((b) => [b.name, b]));
    expect([...hf.keys()]).toEqual(["hf-aime24", "hf-aime25", "hf-hmmt25", "hf-lcb-v5", "hf-lcb-v6", "hf-codeelo"]);
    expect(hf.get("hf-lcb-v5")!.source).toMatchObject({ path: "hf://datasets/livecodebench/code_generation_lite/test*.jsonl", from: "2024-08-01", to: "2025-01-31" });
    expect(hf.get("hf-lcb-v6")!.source).toMatchObject({ from: "2025-02-01", to: "2025-05-31" });
    expect(hf.get("hf-codeelo")).toMatchObject({ samples: 8, elo: true, paperColumn: "Codeforces Elo", source: { format: "upstream-codeelo" } });
    expect(hf.get("hf-hmmt25")!.note).toMatch(/^MathArena\/hmmt_feb_2025, /);
  });

  it("rejects an unknown name listing the valid ones", () => {
    expect(() => selectBenchmarks("aime99")).toThrow(/unknown benchmark: aime99[\s\S]*fixtures/);
  });

  it.each([
    ["path=x/lcb.jsonl,format=upstream-lcb,from=2024-08-01,to=2025-02-01,paper=LCB v5", { name: "lcb", kind: "code", samples: 1, paperColumn: "LCB v5", source: { from: "2024-08-01", to: "2025-02-01", format: "upstream-lcb" } }],
    ["path=hf://datasets/Qwen/CodeElo/test.jsonl,format=upstream-codeelo", { name: "test", kind: "code", samples: 1, elo: true }],
    ["path=a.jsonl,kind=math", { name: "a", kind: "math", samples: 16 }],
    ["path=a.jsonl,kind=code,paper=Codeforces Elo", { samples: 8, elo: true }],
    ["path=a.jsonl,kind=math,samples=4,name=mine,note=hello", { name: "mine", samples: 4, note: "hello" }],
  ])("parses %s", (spec, expected) => {
    expect(parseBenchmarkSpec(spec)).toMatchObject(expected);
  });

  it.each([
    ["kind=math", /path/],
    ["path=a.jsonl", /kind/],
    ["path=a.jsonl,kind=math,samples=0", /samples/],
    ["path=a.jsonl,kind=math,from=2024/01/01", /from/],
    ["path=a.jsonl,kind=math,paper=AIME 26", /paper column/],
    ["path=a.jsonl,colour=red", /unknown key/],
  ])("rejects %s", (spec, message) => {
    expect(() => parseBenchmarkSpec(spec)).toThrow(message);
  });
});
