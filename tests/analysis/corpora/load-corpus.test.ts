import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORPORA, CORPUS_NAMES, checkCorpusColumns, corpusSelectSql, loadCorpus } from "../../../analysis/corpora/index.js";
import { Store } from "../../../src/store/database.js";
import { quoteLiteral } from "../../../src/store/table-spec.js";
import { InputError } from "../../../src/core/errors.js";

const fixture = (name: string) => join(process.cwd(), "datasets/fixtures/corpora", `${name}.jsonl`);
const dir = mkdtempSync(join(tmpdir(), "corpora-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadCorpus on fixtures in each corpus's schema", () => {
  const expectations: Record<string, { domains: string[]; answer: boolean; firstWords: RegExp }> = {
    "promptcot-2.0-sft": { domains: ["code", "math"], answer: false, firstWords: /^(Consider|A plane|Define|Let omega|An urn|Given a weighted)/ },
    openmathreasoning: { domains: ["math"], answer: true, firstWords: /^(Find|Let|Solve|Evaluate|Determine)/ },
    openthoughts3: { domains: ["code", "math", "science"], answer: false, firstWords: /^(A |Write|In a|Given|What)/ },
    "openr1-math": { domains: ["math"], answer: true, firstWords: /^(Problem|3\.|Example|Task|1\.|In the)/ },
    "promptcot-1.0": { domains: ["code", "math"], answer: false, firstWords: /^(Let|A regular|You are|Find)/ },
    ours: { domains: ["code", "math"], answer: false, firstWords: /^(Using|A graph|Read)/ },
  };
  it("has a fixture expectation for every registered corpus", () => {
    expect(Object.keys(expectations).sort()).toEqual([...CORPUS_NAMES].sort());
  });
  for (const name of CORPUS_NAMES) {
    it(`${name}: maps problem, domain, answer; strips chat templates`, async () => {
      const items = await loadCorpus(name, { path: fixture(name) });
      const e = expectations[name]!;
      expect(items.length).toBeGreaterThan(10);
      expect([...new Set(items.map((i) => i.domain))].sort()).toEqual(e.domains);
      for (const item of items) {
        expect(item.corpus).toBe(name);
        expect(item.problem).toMatch(e.firstWords);
        expect(item.problem).not.toContain("<|im_start|>");
        expect(item.answer !== undefined).toBe(e.answer);
      }
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    });
  }
});

describe("sampling, filters and errors", () => {
  it("a seeded sample is reproducible, differs across seeds, and is a subset", async () => {
    const path = fixture("openmathreasoning");
    const all = new Set((await loadCorpus("openmathreasoning", { path })).map((i) => i.id));
    const a = (await loadCorpus("openmathreasoning", { path, sample: 8, seed: 1 })).map((i) => i.id);
    const b = (await loadCorpus("openmathreasoning", { path, sample: 8, seed: 1 })).map((i) => i.id);
    const c = (await loadCorpus("openmathreasoning", { path, sample: 8, seed: 2 })).map((i) => i.id);
    expect(a).toHaveLength(8);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    for (const id of a) expect(all.has(id)).toBe(true);
  });

  it("filters by domain", async () => {
    const code = await loadCorpus("openthoughts3", { path: fixture("openthoughts3"), domain: "code" });
    expect(code.length).toBeGreaterThan(0);
    expect(code.every((i) => i.domain === "code")).toBe(true);
  });

  it("drops repeated problems unless asked not to (several solutions per problem)", async () => {
    const path = join(dir, "dup.jsonl");
    const row = { problem: "Find x.", expected_answer: "1", generated_solution: "s", problem_source: "a" };
    writeFileSync(path, [row, { ...row, generated_solution: "t" }, { ...row, problem: "Find y." }].map((r) => JSON.stringify(r)).join("\n"));
    expect(await loadCorpus("openmathreasoning", { path })).toHaveLength(2);
    expect(await loadCorpus("openmathreasoning", { path, distinctProblems: false })).toHaveLength(3);
  });

  it("reads Parquet in the same schema (as on the Hub)", async () => {
    const path = join(dir, "openr1.parquet");
    const store = await Store.open(":memory:");
    await store.exportParquet(`SELECT * FROM read_json_auto(${quoteLiteral(fixture("openr1-math"))}, format = 'newline_delimited')`, path);
    await store.close();
    const fromParquet = await loadCorpus("openr1-math", { path });
    const fromJsonl = await loadCorpus("openr1-math", { path: fixture("openr1-math") });
    expect(fromParquet).toEqual(fromJsonl);
  });

  it("names the file and the missing field when the schema does not match", async () => {
    const err = await checkCorpusColumns("openr1-math", { path: fixture("openmathreasoning") }).catch((e: unknown) => e);
    expect(InputError.isInput(err)).toBe(true);
    expect((err as InputError).field).toBe("uuid");
    expect(String((err as Error).message)).toMatch(/openmathreasoning\.jsonl.*missing columns uuid, answer, generations, source/);
  });

  it("rejects unknown corpus names with the list of known ones", () => {
    expect(() => corpusSelectSql("nope")).toThrow(/unknown corpus "nope"[\s\S]*openmathreasoning/);
  });

  it("defaults to the hf:// path of the dataset", () => {
    for (const spec of Object.values(CORPORA)) {
      if (!spec.hfPath) continue;
      expect(spec.hfPath.startsWith(`hf://datasets/${spec.hfDataset}`)).toBe(true);
      expect(corpusSelectSql(spec.name)).toContain(spec.hfPath);
    }
  });
});
