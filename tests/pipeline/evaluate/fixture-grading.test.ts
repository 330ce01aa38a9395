import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectPath } from "../../../src/core/paths.js";
import { loadBenchmark, type BenchmarkItem } from "../../../src/datasets/benchmarks.js";
import { selectBenchmarks } from "../../../src/pipeline/evaluate/eval-benchmarks.js";
import { codeGrade, codeOfSample, gradeMathSample } from "../../../src/pipeline/evaluate/grade-sample.js";
import { judgeMany } from "../../../src/verify/code/judge-many.js";

// The reference solutions that produced the fixtures' test outputs (datasets/benchmarks/build_fixtures.py), as source text.
const SOLVERS = JSON.parse(
  execFileSync(
    "python3",
    ["-B", "-c", "import sys, json, inspect; sys.path.insert(0, sys.argv[1]); import build_fixtures as f; print(json.dumps({'stdin': [[s[1][:60], inspect.getsource(s[2])] for s in f.CODE], 'peaks': inspect.getsource(f.count_peaks)}))", projectPath("datasets", "benchmarks")],
    { encoding: "utf8" },
  ),
) as { stdin: Array<[string, string]>; peaks: string };

function referenceProgram(item: BenchmarkItem): string {
  if (typeof item.meta.fnName === "string") return `${SOLVERS.peaks}\n\nclass Solution:\n    def ${item.meta.fnName}(self, nums):\n        return count_peaks(nums)\n`;
  const hit = SOLVERS.stdin.find(([start]) => item.problem.includes(start));
  if (!hit) throw new Error(`no reference solver for ${item.benchmark}/${item.itemId}`);
  const name = /def (\w+)/.exec(hit[1])![1];
  return `import sys\n${hit[1]}\nprint(${name}(sys.stdin.read().rstrip("\\n")))\n`;
}

const mathFixtures = selectBenchmarks("fixture-aime,fixture-math-upstream");
const codeFixtures = selectBenchmarks("fixture-lcb-v5,fixture-lcb-v6,fixture-lcb-upstream,fixture-codeforces,fixture-codeelo");

describe("the grader agrees with the shipped fixtures' gold answers", () => {
  it.each(mathFixtures.map((b) => [b.name, b] as const))("math %s: the gold answer boxed after </think> passes, gold + 1 does not", async (_, bench) => {
    const items = await loadBenchmark(bench.source);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.gold, item.itemId).toBeDefined();
      const ok = gradeMathSample(`<think>\nwork\n</think>\nSo the answer is $\\boxed{${item.gold}}$.`, item.gold, { thinkPrefilled: true });
      expect(ok, `${item.itemId}: ${item.gold}`).toMatchObject({ verdict: "pass", correct: true });
      const wrong = gradeMathSample(`</think> $\\boxed{${Number(item.gold) + 1}}$`, item.gold, { thinkPrefilled: true });
      expect(wrong.correct, `${item.itemId}: ${item.gold}`).toBe(false);
      // Truncated (no </think>) has no answer even when it contains a box.
      expect(gradeMathSample(`\\boxed{${item.gold}}`, item.gold, { thinkPrefilled: true }).verdict).toBe("no_answer");
    }
  });

  it.each(codeFixtures.map((b) => [b.name, b] as const))(
    "code %s: the reference program passes every test in the sandbox, a constant program does not",
    async (_, bench) => {
      const items = await loadBenchmark(bench.source);
      expect(items.length).toBeGreaterThan(0);
      const samples = items.flatMap((item) => [
        { item, text: `<think>\nplan\n</think>\n\`\`\`python\n${referenceProgram(item)}\`\`\`` },
        { item, text: `<think>\nguess\n</think>\n\`\`\`python\n${typeof item.meta.fnName === "string" ? `class Solution:\n    def ${item.meta.fnName}(self, nums):\n        return -1\n` : "print(-1)\n"}\`\`\`` },
      ]);
      const codes = samples.map((s) => codeOfSample(s.text, true));
      const judged = await judgeMany(
        samples.map((s, i) => ({ code: codes[i], tests: s.item.tests ?? [], ...(typeof s.item.meta.fnName === "string" ? { fnName: s.item.meta.fnName } : {}) })),
        { concurrency: 2 },
      );
      const grades = judged.map((j, i) => codeGrade(codes[i], j));
      for (let i = 0; i < samples.length; i += 2) {
        const id = `${bench.name}/${samples[i]!.item.itemId}`;
        expect(grades[i], id).toMatchObject({ verdict: "pass", correct: true });
        expect(grades[i]!.testsPassed, id).toBe(grades[i]!.testsTotal);
        expect(grades[i]!.codeHash, id).toMatch(/^[0-9a-f]{64}$/);
        expect(grades[i + 1]!.correct, id).toBe(false);
      }
    },
    60_000,
  );
});
