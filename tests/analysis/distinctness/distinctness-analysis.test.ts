import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseDistinctness, distinctnessRows, embedCorpora, groupCorpusTexts, type CorpusEmbeddings } from "../../../analysis/distinctness/index.js";
import { loadCorpus } from "../../../analysis/corpora/index.js";
import { fitHashedTfidf } from "../../../src/embed/hashed-tfidf.js";
import { classicalMds } from "../../../src/metrics/mds.js";
import { procrustes } from "../../../src/metrics/procrustes.js";
import { Rng } from "../../../src/core/rng.js";
import { Store } from "../../../src/store/database.js";

const DIMS = 48;

function unit(v: number[]): number[] {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

/** Corpora whose items scatter around planted mean directions. */
function plantedCorpora(means: number[][], perCorpus: number, noise: number, seed: number): CorpusEmbeddings {
  const rng = new Rng(seed, "planted");
  const vectors: Record<string, Float32Array[]> = {};
  means.forEach((mu, k) => {
    vectors[`c${k}`] = Array.from({ length: perCorpus }, () => Float32Array.from(unit(mu.map((x) => x + noise * rng.normal()))));
  });
  return { embedderId: "planted", dims: DIMS, vectors, cache: { hits: 0, computed: 0 } };
}

function plantedMeans(): number[][] {
  // Two families: c0–c2 share direction e0 (with small private offsets), c3–c4 share e1.
  const e = (i: number, w = 1) => Array.from({ length: DIMS }, (_, j) => (j === i ? w : 0));
  const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
  return [add(e(0), e(2, 0.3)), add(e(0), e(3, 0.3)), add(e(0), e(4, 0.4)), add(e(1), e(5, 0.3)), add(e(1), e(6, 0.5))].map(unit);
}

describe("analyseDistinctness on planted clusters", () => {
  const means = plantedMeans();
  const truth = means.map((a) => means.map((b) => Math.max(0, 1 - a.reduce((s, x, i) => s + x * b[i]!, 0))));
  const result = analyseDistinctness(plantedCorpora(means, 400, 0.02, 1), { novelty: false });

  it("recovers the planted centroid distances", () => {
    for (let a = 0; a < 5; a++) for (let b = 0; b < 5; b++) expect(result.distances[a]![b]).toBeCloseTo(truth[a]![b]!, 2);
  });

  it("the MDS layout matches the MDS of the planted distances up to a rigid motion", () => {
    const expected = classicalMds(truth).points;
    expect(procrustes(result.mds.points, expected).disparity).toBeLessThan(0.01);
  });

  it("separates the two families in the plane", () => {
    const p = result.mds.points;
    const d = (i: number, j: number) => Math.hypot(p[i]![0]! - p[j]![0]!, p[i]![1]! - p[j]![1]!);
    const within = Math.max(d(0, 1), d(0, 2), d(1, 2), d(3, 4));
    const between = Math.min(...[0, 1, 2].flatMap((i) => [3, 4].map((j) => d(i, j))));
    expect(within).toBeLessThan(0.5 * between);
  });

  it("reports stress and the embedder, and SMACOF never has higher stress than its classical start", () => {
    expect(result.embedderId).toBe("planted");
    expect(result.mds.stress).toBeGreaterThanOrEqual(0);
    const s = analyseDistinctness(plantedCorpora(means, 100, 0.02, 2), { novelty: false, mds: "smacof" });
    const c = analyseDistinctness(plantedCorpora(means, 100, 0.02, 2), { novelty: false, mds: "classical" });
    expect(s.mds.stress).toBeLessThanOrEqual(c.mds.stress + 1e-9);
  });

  it("refuses a single corpus", () => {
    const one = plantedCorpora([means[0]!], 10, 0.02, 3);
    expect(() => analyseDistinctness(one)).toThrow(/at least two corpora/);
  });
});

/** A light paraphrase: swaps common words and changes numbers, keeps the problem. */
function paraphrase(text: string, rng: Rng): string {
  const swaps: Record<string, string> = { Determine: "Find", Find: "Determine", number: "count", Given: "Suppose we have", print: "output", output: "print", maximum: "largest", Consider: "Look at" };
  return text.replace(/\b[A-Za-z]+\b/g, (w) => swaps[w] ?? w).replace(/\d+/g, (d) => String(Number(d) + rng.int(3)));
}

describe("distinctness of text corpora (hashed TF-IDF on the fixtures)", async () => {
  const dir = join(process.cwd(), "datasets/fixtures/corpora");
  const names = ["promptcot-2.0-sft", "openmathreasoning", "openr1-math", "promptcot-1.0"];
  const items = (await Promise.all(names.map((n) => loadCorpus(n, { path: join(dir, `${n}.jsonl`) })))).flat();
  const rng = new Rng(5, "paraphrase");
  const copies = items.filter((i) => i.corpus === "promptcot-2.0-sft").map((i) => ({ ...i, corpus: "paraphrased-copy", problem: paraphrase(i.problem, rng) }));
  const texts = groupCorpusTexts([...items, ...copies]);
  const embedder = fitHashedTfidf(Object.values(texts).flat(), { dims: 1024 });
  const result = analyseDistinctness(await embedCorpora(texts, embedder), { epsilon: 0.25, seed: 1 });
  const idx = (n: string) => result.names.indexOf(n);
  const dist = (a: string, b: string) => result.distances[idx(a)]![idx(b)]!;

  it("a paraphrased copy sits on top of its original; distinct corpora stay apart", () => {
    const copyDistance = dist("promptcot-2.0-sft", "paraphrased-copy");
    const distinct = names.flatMap((a, i) => names.slice(i + 1).map((b) => dist(a, b)));
    expect(copyDistance).toBeLessThan(0.25 * Math.min(...distinct));
  });

  it("item-level novelty: the copy's items have near neighbours in the original, distinct corpora's do not", () => {
    const rows = Object.fromEntries(distinctnessRows(result).map((r) => [r.corpus, r]));
    expect(rows["paraphrased-copy"]!.shareWithinEpsilon).toBeGreaterThan(0.9);
    for (const n of ["openmathreasoning", "openr1-math"]) {
      expect(rows[n]!.shareWithinEpsilon).toBeLessThan(0.1);
      expect(rows[n]!.medianNnDistance!).toBeGreaterThan(3 * rows["paraphrased-copy"]!.medianNnDistance!);
    }
  });

  it("records the embedder on every row", () => {
    for (const r of distinctnessRows(result)) expect(r.embedder).toBe(embedder.id);
  });
});

describe("embedCorpora", () => {
  it("caches by (embedder id, text hash) in the store: a rerun computes nothing", async () => {
    const store = await Store.open(":memory:");
    const texts = { a: ["find x", "solve y"], b: ["print n", "find x"] };
    const embedder = fitHashedTfidf(Object.values(texts).flat(), { dims: 64 });
    const first = await embedCorpora(texts, embedder, { store });
    expect(first.cache).toEqual({ hits: 1, computed: 3 });
    const second = await embedCorpora(texts, embedder, { store });
    expect(second.cache.computed).toBe(0);
    expect(Array.from(second.vectors.b![1]!)).toEqual(Array.from(first.vectors.a![0]!));
    expect(second.embedderId).toBe(embedder.id);
    await store.close();
  });
});
