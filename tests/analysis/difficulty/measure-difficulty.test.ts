import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureDifficulty, reasoningText, sampleCorpusItems, summarizeDifficulty, accuracyChart, reasoningLengthEcdf, passRateHistogram, type DifficultyResult } from "../../../analysis/difficulty/index.js";
import type { CorpusItem } from "../../../analysis/corpora/index.js";
import { loadSeedProblems } from "../../../src/datasets/seed.js";
import { trainSeedSolver } from "../../../src/pipeline/seed-solver.js";
import { EmbeddedModel, syntheticProblemCorpus } from "../../../src/lm/embedded/index.js";
import { startServer, type RunningServer } from "../../../src/lm/serve/index.js";
import { OpenAICompatibleModel } from "../../../src/lm/openai-compatible/index.js";
import { wilsonInterval } from "../../../src/metrics/wilson-interval.js";
import { openRun } from "../../../src/track/open-run.js";

describe("reasoningText", () => {
  const cases: [string, string, boolean][] = [
    ["<think>\nwork\n</think>\n\\boxed{4}", "work", true],
    ["pre-filled work</think> answer", "pre-filled work", true],
    ["<think>a</think><think>b c</think> x", "b c", true],
    ["<think>truncated", "truncated", false],
    ["no think at all \\boxed{2}", "no think at all \\boxed{2}", false],
  ];
  for (const [input, text, closed] of cases) it(JSON.stringify(input), () => expect(reasoningText(input)).toEqual({ text, closed }));
});

describe("summarizeDifficulty", () => {
  it("uses the Wilson interval over summed pass rates and problems with a reference", () => {
    const row = (corpus: string, correct: number, samples: number, tokens: number) => ({ corpus, problemId: `${corpus}${tokens}`, reasoningTokens: tokens, responseTokens: tokens, thinkClosed: true, samples, correct, passRate: samples ? correct / samples : Number.NaN, verdicts: {} });
    const [a] = summarizeDifficulty([row("a", 1, 4, 10), row("a", 4, 4, 30), row("a", 0, 4, 20), row("a", 0, 0, 50)]);
    const ci = wilsonInterval(1.25, 3);
    expect(a).toMatchObject({ sampled: 4, withReference: 3, accuracy: ci.estimate, lower: ci.lower, upper: ci.upper, meanReasoningTokens: 27.5, medianReasoningTokens: 25 });
    expect(a!.allCorrect).toBeCloseTo(1 / 3);
    expect(a!.allWrong).toBeCloseTo(1 / 3);
  });
});

describe("sampleCorpusItems", () => {
  it("samples per corpus, reproducibly", () => {
    const items: CorpusItem[] = Array.from({ length: 30 }, (_, i) => ({ corpus: i < 20 ? "a" : "b", id: String(i), domain: "math", problem: `p${i}` }));
    const s1 = sampleCorpusItems(items, 5, 1);
    expect(s1.filter((i) => i.corpus === "a")).toHaveLength(5);
    expect(s1.filter((i) => i.corpus === "b")).toHaveLength(5);
    expect(sampleCorpusItems(items, 5, 1)).toEqual(s1);
    expect(sampleCorpusItems(items, 5, 2)).not.toEqual(s1);
  });
});

describe("measureDifficulty against promptcot serve", () => {
  let teacherServer: RunningServer;
  let weakServer: RunningServer;
  let teacher: OpenAICompatibleModel;
  let weak: OpenAICompatibleModel;
  let items: CorpusItem[];
  const dir = mkdtempSync(join(tmpdir(), "difficulty-test-"));

  beforeAll(async () => {
    const seeds = await loadSeedProblems();
    const math = seeds.filter((s) => s.domain === "math");
    teacherServer = await startServer({ model: await trainSeedSolver(math), servedName: "teacher" });
    // A model that never writes a box: its answers can never match.
    weakServer = await startServer({ model: await EmbeddedModel.fit(syntheticProblemCorpus(80, 3)), servedName: "weak" });
    teacher = new OpenAICompatibleModel({ baseURL: teacherServer.baseURL, model: "teacher" });
    weak = new OpenAICompatibleModel({ baseURL: weakServer.baseURL, model: "weak" });
    items = [
      ...math.slice(0, 12).map((s) => ({ corpus: "seed-a", id: s.id, domain: "math", problem: s.problem })),
      ...math.slice(40, 52).map((s) => ({ corpus: "seed-b", id: s.id, domain: "math", problem: s.problem })),
      { corpus: "seed-b", id: "code-1", domain: "code", problem: "Read n and print n." },
    ];
  });
  afterAll(async () => {
    await teacherServer?.close();
    await weakServer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The seed solver is weak and greedy decoding loops, so references are sampled (T 0.8, seeded).
  const sampling = { temperature: 0.8, maxTokens: 400 };
  const opts = { format: "prompt" as const, referenceParams: sampling, solverParams: sampling, concurrency: 4, seed: 3 };

  it("a model reproduces its own references with the same seed (accuracy 1); a model without boxes scores 0", async () => {
    const self = await measureDifficulty(items, { ...opts, reference: teacher, solver: teacher, solverSeed: 3 });
    expect(self.dropped.find((d) => d.problemId === "code-1")?.reason).toBe("not_math");
    const graded = self.problems.filter((p) => p.samples > 0);
    expect(graded.length).toBeGreaterThan(0);
    for (const p of graded) expect(p.correct).toBe(1);
    for (const c of self.corpora.filter((c) => c.withReference > 0)) {
      expect(c.accuracy).toBe(1);
      expect(c.upper).toBe(1);
      expect(c.lower).toBeCloseTo(wilsonInterval(c.withReference, c.withReference).lower, 12);
    }
    const other = await measureDifficulty(items, { ...opts, reference: teacher, solver: weak });
    for (const c of other.corpora.filter((c) => c.withReference > 0)) expect(c.accuracy).toBe(0);
    for (const p of other.problems.filter((p) => p.samples > 0)) expect(p.verdicts.no_answer).toBe(1);
  });

  it("counts reasoning tokens inside the think block and records tables in the run", async () => {
    const run = await openRun({ root: dir, name: "difficulty", quiet: true, wandb: false });
    const r: DifficultyResult = await measureDifficulty(items, { ...opts, reference: teacher, solver: teacher, k: 3, run });
    for (const p of r.problems) {
      expect(p.reasoningTokens).toBeGreaterThan(0);
      // Closed think blocks leave room for the answer; a truncated one is all reasoning (re-tokenised, ± a few).
      if (p.thinkClosed) expect(p.reasoningTokens).toBeLessThan(p.responseTokens);
      else expect(Math.abs(p.reasoningTokens - p.responseTokens)).toBeLessThan(0.05 * p.responseTokens);
      if (p.samples) expect(p.samples).toBe(3);
    }
    const stored = await run.store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM rt_difficulty_problems");
    expect(stored[0]!.n).toBe(r.problems.length);
    const corpora = await run.store.query<{ corpus: string; solver_model: string }>("SELECT corpus, solver_model FROM rt_difficulty_corpora ORDER BY corpus");
    expect(corpora.map((c) => c.corpus)).toEqual(["seed-a", "seed-b"]);
    expect(corpora[0]!.solver_model).toBe("teacher");
    await run.close();
    const specs = [accuracyChart(r), reasoningLengthEcdf(r), passRateHistogram(r)];
    expect(JSON.stringify(specs[0])).toContain("seed-a");
    expect((specs[1] as { data: { values: unknown[] } }).data.values.length).toBeGreaterThan(1);
  });
});
