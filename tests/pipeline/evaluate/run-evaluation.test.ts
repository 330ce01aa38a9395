import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectPath } from "../../../src/core/paths.js";
import { loadBenchmark } from "../../../src/datasets/benchmarks.js";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { avgAtK } from "../../../src/metrics/avg-at-k.js";
import { answersEquivalent } from "../../../src/verify/math/answers-equivalent.js";
import { evaluateModel, type EvaluationReport } from "../../../src/pipeline/evaluate/run-evaluation.js";
import { selectBenchmarks } from "../../../src/pipeline/evaluate/eval-benchmarks.js";
import { evalRequest, PAPER_DECODING } from "../../../src/pipeline/evaluate/eval-request.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";

// A real model that has memorised the fixtures: the embedded LM fitted on each fixture prompt → its gold
// (math) or the reference program (code, from build_fixtures.py). Its samples have the real format, so every
// path (extraction, grader, sandbox, verdict rows, Elo) runs; how many it gets right is not the point here.
const SOLVERS = JSON.parse(
  execFileSync("python3", ["-B", "-c", "import sys, json, inspect; sys.path.insert(0, sys.argv[1]); import build_fixtures as f; print(json.dumps([[s[1][:60], inspect.getsource(s[2])] for s in f.CODE]))", projectPath("datasets", "benchmarks")], { encoding: "utf8" }),
) as Array<[string, string]>;

const benches = selectBenchmarks("fixture-aime,fixture-codeelo");
let run: OpenedRun;
let report: EvaluationReport;
let model: EmbeddedModel;

beforeAll(async () => {
  const examples = [];
  for (const b of benches) {
    for (const item of await loadBenchmark(b.source)) {
      const r = evalRequest(item, b.kind, "auto", PAPER_DECODING, 1).request;
      const prompt = r.prompt ?? r.messages![0]!.content;
      const hit = SOLVERS.find(([start]) => item.problem.includes(start));
      const completion = b.kind === "math" ? `ok\n</think>\nThe answer is $\\boxed{${item.gold}}$.` : `</think>\n\`\`\`python\nimport sys\n${hit![1]}\nprint(${/def (\w+)/.exec(hit![1])![1]}(sys.stdin.read().rstrip("\\n")))\n\`\`\``;
      for (let i = 0; i < 3; i++) examples.push({ prompt, completion });
    }
  }
  model = await EmbeddedModel.fit(examples, { seed: 1 });
  run = await openRun({ root: mkdtempSync(join(tmpdir(), "eval-run-")), name: "eval", quiet: true, wandb: false });
  report = await evaluateModel({ model, run, benchmarks: benches, decoding: { temperature: 0, maxTokens: 400 }, samples: 2, concurrency: 2 });
}, 120_000);
afterAll(async () => {
  await run?.close();
});

describe("evaluateModel", () => {
  it("stores one verdict per sample, and the metrics recompute from the stored verdicts", async () => {
    for (const b of report.benchmarks) {
      const rows = await run.store.query<{ item_id: string; sample_index: number; correct: boolean; verdict: string }>(
        "SELECT item_id, sample_index, correct, verdict FROM eval_verdicts WHERE benchmark = $1 ORDER BY item_id, sample_index",
        [b.benchmark.name],
      );
      const items = [...new Set(rows.map((r) => r.item_id))];
      expect(rows.length).toBe(items.length * 2);
      for (const r of rows) expect(r.correct).toBe(r.verdict === "pass");
      const recomputed = avgAtK(items.map((id) => rows.filter((r) => r.item_id === id).map((r) => r.correct)));
      const mean = b.metrics.metrics[0]!;
      expect(mean.value).toBeCloseTo(recomputed.value, 12);
      const stored = await run.store.query<{ value: number }>("SELECT value FROM eval_results WHERE benchmark = $1 AND metric = $2", [b.benchmark.name, mean.metric]);
      expect(stored[0]!.value).toBeCloseTo(recomputed.value, 12);
    }
  });

  it("math verdicts agree with the grader on the stored extracted answers; code verdicts count every test", async () => {
    const golds = new Map((await loadBenchmark(benches[0]!.source)).map((i) => [i.itemId, i.gold!]));
    const math = await run.store.query<{ item_id: string; extracted: string | null; correct: boolean; verdict: string }>("SELECT item_id, extracted, correct, verdict FROM eval_verdicts WHERE benchmark = 'fixture-aime'");
    expect(math.length).toBe(20);
    for (const r of math) {
      if (r.extracted === null) expect(r.verdict).toBe("no_answer");
      else expect(r.correct, `${r.item_id}: ${r.extracted} vs ${golds.get(r.item_id)}`).toBe(answersEquivalent(r.extracted, golds.get(r.item_id)));
    }
    expect(math.some((r) => r.extracted !== null)).toBe(true);
    const tests = new Map((await loadBenchmark(benches[1]!.source)).map((i) => [i.itemId, i.tests!.length]));
    const code = await run.store.query<{ item_id: string; code_hash: string | null; tests_total: number | null; verdict: string }>("SELECT item_id, code_hash, tests_total, verdict FROM eval_verdicts WHERE benchmark = 'fixture-codeelo'");
    expect(code.length).toBe(6);
    for (const r of code) {
      if (r.code_hash === null) expect(r.verdict).toBe("no_answer");
      else expect(r.tests_total).toBe(tests.get(r.item_id));
    }
  });

  it("rates the CodeElo-layout fixture by its problem ratings", () => {
    const code = report.benchmarks[1]!;
    expect(code.metrics.elo?.method).toBe("problem-rating");
    expect(code.metrics.headline.metric).toBe("elo");
    expect(Number.isFinite(code.metrics.headline.value)).toBe(true);
  });

  it("a rerun with the same model reuses every sample and verdict; a different model shares none", async () => {
    const same = await evaluateModel({ model, run, benchmarks: benches, decoding: { temperature: 0, maxTokens: 400 }, samples: 2 });
    expect(same.cache).toEqual({ reused: 26, computed: 0 });
    expect(same.benchmarks.map((b) => [b.reusedVerdicts, b.graded])).toEqual([[20, 0], [6, 0]]);
    expect(same.benchmarks[0]!.metrics.headline.value).toBe(report.benchmarks[0]!.metrics.headline.value);
    const other = await EmbeddedModel.fit([{ prompt: "x", completion: "y" }], { seed: 1 });
    const r = await evaluateModel({ model: other, run, benchmarks: benches.slice(0, 1), decoding: { temperature: 0, maxTokens: 400 }, samples: 2 });
    expect(r.cache.reused).toBe(0);
    expect(r.benchmarks[0]!.reusedVerdicts).toBe(0);
  });
});
