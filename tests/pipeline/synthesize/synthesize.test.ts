import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems, seedToTriple } from "../../../src/datasets/seed.js";
import { EmbeddedModel } from "../../../src/lm/embedded/index.js";
import { promptModelExample } from "../../../src/pipeline/em/sequences.js";
import { synthesizeProblems, synthesisRequest } from "../../../src/pipeline/synthesize/index.js";
import { parsePromptModelOutput, renderPromptModelInput } from "../../../src/prompts/prompt-model.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";
import type { ConceptSet } from "../../../src/core/rows.js";
import type { LanguageModel } from "../../../src/lm/language-model.js";

let dir: string;
let run: OpenedRun;
let p: LanguageModel;
let sets: ConceptSet[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "synth-"));
  run = await openRun({ root: dir, name: "synth", wandb: false, quiet: true });
  const triples = (await loadSeedProblems({ domain: "math" })).map(seedToTriple);
  p = await EmbeddedModel.fit(triples.map((t) => promptModelExample(t, t.rationale)), { seed: 1 });
  sets = triples.slice(0, 12).map((t, i) => ({ conceptSetId: `cs_${i}`, domain: "math", concepts: t.concepts, level: t.level }));
});
afterAll(async () => {
  await run.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("synthesizeProblems", () => {
  it("sends the raw generator prompt with the seed, one sample per concept set and seed", () => {
    const r = synthesisRequest(sets[0]!, 8003, { temperature: 0.8, topP: 1, maxTokens: 100 });
    expect(r).toMatchObject({ prompt: renderPromptModelInput(sets[0]!), n: 1, seed: 8003, temperature: 0.8, maxTokens: 100 });
    expect(r.messages).toBeUndefined();
  });

  it.each(["free", "tag-guided"] as const)("%s decoding: every generation is a parsed problem with lineage or a counted failure whose reason the parser confirms", async (decoding) => {
    const ctx = { run, store: run.store, seed: 0 };
    const r = await synthesizeProblems(ctx, p, sets, { seeds: [8000, 8001], maxTokens: 400, temperature: 0.8, concurrency: 2, decoding });
    expect(r.stats.requested).toBe(24);
    expect(r.stats.parsed + Object.values(r.stats.reasons).reduce((a, b) => a + b, 0)).toBe(24);
    expect(r.failures).toHaveLength(24 - r.stats.parsed);
    for (const f of r.failures) {
      const again = parsePromptModelOutput(f.raw);
      expect(again.ok).toBe(false);
      if (f.reason !== "truncated" && !again.ok) expect(again.reason).toBe(f.reason);
    }
    const ids = new Set<string>();
    for (const x of r.problems) {
      expect(x.problem.length).toBeGreaterThan(0);
      expect(x.rationale.length).toBeGreaterThan(0);
      expect(x.modelVersion).toBe(p.modelId);
      expect([8000, 8001]).toContain(x.seed);
      expect(sets.map((s) => s.conceptSetId)).toContain(x.conceptSetId);
      expect(x.concepts).toEqual(sets.find((s) => s.conceptSetId === x.conceptSetId)!.concepts);
      ids.add(x.problemId);
    }
    expect(ids.size).toBe(r.problems.length);
    // Same inputs, same seeds: the same problems, whatever the completion order.
    const again = await synthesizeProblems(ctx, p, sets, { seeds: [8000, 8001], maxTokens: 400, temperature: 0.8, concurrency: 1, decoding });
    expect(again.problems).toEqual(r.problems);
  }, 120_000);

  it("tag-guided decoding yields at least as many well-formed problems as free decoding on the embedded LM", async () => {
    const ctx = { run, store: run.store, seed: 0 };
    const free = await synthesizeProblems(ctx, p, sets, { seeds: [8000, 8001, 8002], maxTokens: 400, decoding: "free", concurrency: 2 });
    const guided = await synthesizeProblems(ctx, p, sets, { seeds: [8000, 8001, 8002], maxTokens: 400, decoding: "tag-guided", concurrency: 2 });
    expect(guided.stats.parsed).toBeGreaterThan(0);
    expect(guided.stats.parsed).toBeGreaterThanOrEqual(free.stats.parsed);
    expect(guided.stats.reasons.repeated_block ?? 0).toBe(0);
    expect(guided.stats.reasons.out_of_order ?? 0).toBe(0);
  }, 120_000);

  it("records failed generations as drops on the run", async () => {
    const rows = await run.store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM dropped_rows WHERE stage = 'synthesize'");
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
