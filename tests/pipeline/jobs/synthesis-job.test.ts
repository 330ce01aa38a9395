import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSynthesisJob, splitTriples, type SynthesisJobResult } from "../../../src/pipeline/jobs/synthesis-job.js";
import { resolveSynthesisJobConfig, type SynthesisJobConfig } from "../../../src/pipeline/jobs/synthesis-job-config.js";
import { readTableFile } from "../../../src/store/files.js";
import { Store } from "../../../src/store/database.js";
import { CODE_PREFIX, MATH_SUFFIX, renderMathSolvingPrompt, renderQwenChatPrompt } from "../../../src/prompts/solving.js";
import { readJsonl } from "../../../src/core/jsonl.js";
import { projectPath } from "../../../src/core/paths.js";
import type { Triple } from "../../../src/core/rows.js";

let root: string;
let first: SynthesisJobResult;
const small = (extra: Partial<SynthesisJobConfig> = {}): Partial<SynthesisJobConfig> => ({
  root,
  name: "small",
  em: { iterations: 1, settings: { k: 2, maxRationaleTokens: 60, concurrency: 1 } },
  conceptSetsPerDomain: 8,
  synthesis: { seeds: [8000, 8001, 8002], maxTokens: 300 },
  ...extra,
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "job-"));
  first = await runSynthesisJob(small(), { quiet: true });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the synthesis job (npm start)", () => {
  it("runs every stage and writes a funnel that only shrinks", () => {
    const all = first.funnel.filter((f) => f.domain === "all").sort((a, b) => a.order - b.order);
    expect(all.map((f) => f.step)).toEqual(["concept sets", "generations", "parsed (strict tags)", "after dedup", "after decontamination"]);
    expect(all[0]!.count).toBe(16);
    expect(all[1]!.count).toBe(48);
    for (let i = 2; i < all.length; i++) expect(all[i]!.count).toBeLessThanOrEqual(all[i - 1]!.count);
    expect(all[4]!.count).toBeGreaterThan(0);
    expect(all[4]!.count).toBe(first.corpus.count);
    for (const step of ["concept sets", "generations", "after decontamination"]) {
      const byDomain = first.funnel.filter((f) => f.step === step && f.domain !== "all").reduce((a, f) => a + f.count, 0);
      expect(byDomain).toBe(all.find((f) => f.step === step)!.count);
    }
    expect(first.em.map((h) => h.iteration)).toEqual([0, 1]);
  });

  it("writes the corpus as Parquet with lineage and as JSONL in the authors' prompt format", async () => {
    const rows = await readTableFile<{ problem_id: string; domain: string; concepts: string[]; rationale: string; problem: string; model_version: string; seed: number; prompt: string; status: string }>(first.corpus.parquet);
    expect(rows).toHaveLength(first.corpus.count);
    for (const r of rows) {
      expect(r.status).toBe("kept");
      expect(r.concepts).toHaveLength(5);
      expect(r.rationale.length).toBeGreaterThan(0);
      expect(r.model_version).toMatch(/\S/);
      expect([8000, 8001, 8002]).toContain(r.seed);
      if (r.domain === "math") expect(r.prompt.endsWith(MATH_SUFFIX)).toBe(true);
      else expect(r.prompt.startsWith(CODE_PREFIX)).toBe(true);
    }
    const prompts = await readJsonl<Record<string, unknown>>(first.corpus.promptsJsonl);
    expect(prompts).toHaveLength(rows.length);
    for (const p of prompts) expect(Object.keys(p)).toEqual(["prompt"]);
    expect(prompts.map((p) => p.prompt).sort()).toEqual(rows.map((r) => r.prompt).sort());
    const html = readFileSync(first.report, "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("Funnel");
    expect(existsSync(join(first.runDir, "charts", "em-nll.png"))).toBe(true);
  });

  it("resumes a second run from the store: no stage is recomputed and the corpus is identical", async () => {
    const again = await runSynthesisJob(small(), { quiet: true });
    expect(again.reused).toEqual(["cold-start", "em (1 iterations)", "concept-sets", "synthesize"]);
    expect(again.funnel).toEqual(first.funnel);
    expect(readFileSync(again.corpus.promptsJsonl, "utf8")).toBe(readFileSync(first.corpus.promptsJsonl, "utf8"));
  }, 300_000);

  it("drops and audits a problem planted in a benchmark file, reusing everything upstream", async () => {
    const kept = await readTableFile<{ problem_id: string; domain: string; problem: string }>(first.corpus.parquet);
    const victim = kept.find((k) => k.domain === "math" && k.problem.split(/\s+/).length >= 20) ?? kept[0]!;
    const bench = join(root, "planted.jsonl");
    writeFileSync(bench, JSON.stringify({ idx: 0, prompt: renderQwenChatPrompt(renderMathSolvingPrompt(victim.problem)), reference_solution: "#### 1", source: "planted" }) + "\n");
    const r = await runSynthesisJob(small({ benchmarks: [bench] }), { quiet: true });
    expect(r.reused).toContain("synthesize");
    expect(r.corpus.count).toBe(first.corpus.count - 1);
    const store = await Store.open(join(r.runDir, "run.duckdb"));
    try {
      const audit = await store.query<{ problem_id: string; benchmark: string; n: number }>("SELECT problem_id, benchmark, n FROM contamination_audit ORDER BY n");
      expect(audit.some((a) => a.problem_id === victim.problem_id && a.benchmark === "planted" && a.n === 13)).toBe(true);
      const status = await store.query<{ status: string; drop_reason: string }>("SELECT status, drop_reason FROM candidates WHERE problem_id = $1", [victim.problem_id]);
      expect(status[0]).toMatchObject({ status: "decontaminate" });
      expect(status[0]!.drop_reason).toMatch(/13-gram/);
    } finally {
      await store.close();
    }
  }, 300_000);
});

describe("the synthesis job with a model config", () => {
  it("takes p and q from the config's generator and rationale roles and trains them through their trainers", async () => {
    const r = await runSynthesisJob(small({ name: "configured", domains: ["math"] }), { quiet: true, modelConfig: projectPath("configs", "embedded.json") });
    expect(r.em.map((h) => h.iteration)).toEqual([0, 1]);
    expect(Number.isFinite(r.em[1]!.meanReward)).toBe(true);
    expect(r.funnel.find((f) => f.domain === "all" && f.step === "generations")!.count).toBe(24);
    const store = await Store.open(join(r.runDir, "run.duckdb"));
    try {
      const logged = await store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM metrics WHERE key LIKE 'cold-start/%'");
      expect(logged[0]!.n).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 300_000);

  it("names the file and field of a bad model config", async () => {
    const bad = join(root, "bad-config.json");
    writeFileSync(bad, JSON.stringify({ name: "x", models: { generator: { backend: "openai-compatible", model: "m", baseUrl: "http://x" } } }));
    await expect(runSynthesisJob(small({ name: "bad-config" }), { quiet: true, modelConfig: bad })).rejects.toThrow(/bad-config\.json.*baseUrl/);
  });
});

describe("job configuration", () => {
  it.each([
    [{ heldoutFraction: 0.9 }, /heldoutFraction/],
    [{ ablation: "no-m-step" as never }, /ablation.*no-m-step/],
    [{ domains: ["physics" as never] }, /domains/],
    [{ em: { iterations: -1, settings: {} } }, /em.iterations/],
    [{ decontaminationN: 10 }, /decontaminationN/],
    [{ name: "a/b" }, /name/],
  ])("rejects %j naming the field", (bad, pattern) => {
    expect(() => resolveSynthesisJobConfig(bad as Partial<SynthesisJobConfig>)).toThrow(pattern);
  });

  it("splits each domain with a seeded shuffle, never overlapping", () => {
    const triples = Array.from({ length: 40 }, (_, i) => ({ pairId: `p${i}`, domain: i % 2 ? "math" : "code", level: "AIME", concepts: [], rationale: "", problem: `${i}` }) as Triple);
    const a = splitTriples(triples, ["math", "code"], 0.15, 1);
    expect(a.heldout).toHaveLength(6);
    expect(a.train).toHaveLength(34);
    expect(new Set([...a.train, ...a.heldout].map((t) => t.pairId)).size).toBe(40);
    expect(splitTriples(triples, ["math", "code"], 0.15, 1)).toEqual(a);
    expect(splitTriples(triples, ["math", "code"], 0.15, 2).heldout).not.toEqual(a.heldout);
  });
});
