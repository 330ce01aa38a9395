import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems } from "../../../src/datasets/seed.js";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { renderChatPrompt } from "../../../src/lm/embedded/chat-prompt.js";
import { annotateProblems, type Annotator, type ProblemToAnnotate } from "../../../src/pipeline/annotate/index.js";
import { renderConceptExtraction } from "../../../src/prompts/concept-extraction.js";
import { renderRationaleAnnotation } from "../../../src/prompts/rationale-annotation.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";
import type { SeedProblem } from "../../../src/core/rows.js";

let dir: string;
let run: OpenedRun;
let seeds: SeedProblem[];
let problems: ProblemToAnnotate[];
let good: Annotator;
let lines: Annotator;
let refuses: Annotator;
let oneLine: Annotator;

/**
 * An embedded model fitted to answer the two annotation prompts for the seed problems with fixed texts.
 * (The n-gram LM loops under greedy decoding on long varied targets; fixed answers keep its output exact,
 * which is what these tests need: they test the stage's parsing and accounting, not the model.)
 */
async function annotatorModel(name: string, concepts: string, rationale: string): Promise<Annotator> {
  const examples = seeds.flatMap((s) => [
    { prompt: renderChatPrompt(renderConceptExtraction({ problem: s.problem, numConcepts: 5 })), completion: concepts },
    { prompt: renderChatPrompt(renderRationaleAnnotation({ problem: s.problem, concepts: FIVE, level: s.level })), completion: rationale },
  ]);
  return { name, model: await EmbeddedModel.fit(examples, { seed: 3 }), temperature: 0, maxTokens: 300 };
}

const FIVE = ["Vieta's formulas", "Modular arithmetic", "Pigeonhole principle", "Law of cosines", "Geometric series"];
const RATIONALE = "Start from the modular constraint, then pick a quadratic whose roots satisfy Vieta's relations, and fix the sizes so the count is small.";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "annotate-"));
  run = await openRun({ root: dir, name: "annotate", wandb: false, quiet: true });
  seeds = (await loadSeedProblems({ domain: "math" })).slice(0, 24);
  problems = seeds.map((s) => ({ id: s.id, domain: s.domain, level: s.level, problem: s.problem }));
  const fenced = `Let me analyse the problem.\n\n\`\`\`python\n[${FIVE.map((c) => JSON.stringify(c)).join(", ")}]\n\`\`\``;
  good = await annotatorModel("fenced-list", fenced, `Thinking Process: ${RATIONALE}`);
  lines = await annotatorModel("no-marker", fenced, `Design process of a teacher: ${RATIONALE}`);
  oneLine = await annotatorModel("one-line", "Knowledge Point: Modular arithmetic", `Thinking Process: ${RATIONALE}`);
  refuses = await annotatorModel("refuses", "I am sorry, I cannot help with that.", "No.");
});
afterAll(async () => {
  await run.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("annotateProblems", () => {
  it("every annotator annotates every problem; yields and parse failures are counted per annotator", async () => {
    const r = await annotateProblems({ run, store: run.store, seed: 0 }, problems, [good, lines, oneLine, refuses], { assignment: "all", concurrency: 2 });
    const byName = Object.fromEntries(r.stats.map((s) => [s.annotator, s]));
    for (const s of r.stats) {
      expect(s.problems).toBe(problems.length);
      const failed = Object.values(s.failures).reduce((a, b) => a + b, 0);
      expect(s.triples + failed).toBe(s.problems);
      expect(s.yield).toBeCloseTo(s.triples / s.problems, 12);
    }
    expect(byName.refuses!.triples).toBe(0);
    expect(byName.refuses!.failures["concepts/no_concepts"]).toBe(problems.length);
    expect(byName["fenced-list"]).toMatchObject({ triples: problems.length, yield: 1, failures: {} });
    expect(byName["no-marker"]).toMatchObject({ conceptsParsed: problems.length, triples: 0, failures: { "rationale/no_marker": problems.length } });
    expect(byName["one-line"]).toMatchObject({ triples: 0, failures: { "concepts/wrong_count": problems.length } });
    expect(r.triples.length).toBe(problems.length);
    for (const t of r.triples) {
      expect(t.concepts).toEqual(FIVE);
      expect(t.rationale).toBe(RATIONALE);
      expect(t.rationaleSource).toBe("annotator:fenced-list");
    }
    // Drops name problem and annotator.
    const drops = await run.store.query<{ id: string; reason: string }>("SELECT id, reason FROM dropped_rows WHERE stage = 'annotate'");
    expect(drops.filter((d) => d.id.endsWith("/refuses"))).toHaveLength(problems.length);
  }, 120_000);

  it("round-robin gives each problem to one annotator", async () => {
    const r = await annotateProblems({ run, store: run.store, seed: 0 }, problems, [good, lines], { assignment: "round-robin" });
    expect(r.stats.map((s) => s.problems)).toEqual([12, 12]);
    expect(r.triples).toHaveLength(12);
    expect(new Set(r.triples.map((t) => t.problem)).size).toBe(r.triples.length);
  }, 60_000);

  it("rejects an empty annotator list", async () => {
    await expect(annotateProblems({ run, store: run.store, seed: 0 }, problems, [])).rejects.toThrow(/at least one annotator/);
  });
});
