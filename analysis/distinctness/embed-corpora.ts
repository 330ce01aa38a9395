import type { Embedder } from "../../src/embed/embedder.js";
import { embedInBatches } from "../../src/embed/embedder.js";
import { cachedEmbedder } from "../../src/embed/embedding-cache.js";
import type { Store } from "../../src/store/database.js";
import type { CorpusItem } from "../corpora/corpus-spec.js";

/** Texts per corpus, in a fixed order. */
export type CorpusTexts = Readonly<Record<string, readonly string[]>>;

/** Item embeddings per corpus (unit vectors), and the embedder that made them. */
export interface CorpusEmbeddings {
  /** `Embedder.id`: every analysis records it (distances from two embedders are not comparable). */
  embedderId: string;
  dims: number;
  vectors: Record<string, Float32Array[]>;
  /** Texts answered from the store's embedding cache vs computed (0/0 without a store). */
  cache: { hits: number; computed: number };
}

/**
 * Groups corpus items into texts per corpus (optionally per domain, e.g. to draw the paper's separate math and code
 * plots). Corpora with fewer than `minItems` texts are left out.
 *
 * @example groupCorpusTexts(items, { domain: "math" }) // { openmathreasoning: ["Find …", …], ours: […] }
 */
export function groupCorpusTexts(items: readonly CorpusItem[], options: { domain?: string; minItems?: number } = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of items) {
    if (options.domain && item.domain !== options.domain) continue;
    (out[item.corpus] ??= []).push(item.problem);
  }
  for (const [name, texts] of Object.entries(out)) if (texts.length < (options.minItems ?? 1)) delete out[name];
  return out;
}

/**
 * Embeds every corpus with one embedder, through the store's embedding cache when a store is given (keyed by
 * embedder id and text hash, so rerunning an analysis embeds nothing twice).
 *
 * @example const emb = await embedCorpora({ a: ["x"], b: ["y"] }, hashedTfidf()); emb.vectors.a[0].length // 1024
 */
export async function embedCorpora(
  corpora: CorpusTexts,
  embedder: Embedder,
  options: { store?: Store; batchSize?: number; onProgress?: (corpus: string, done: number, total: number) => void } = {},
): Promise<CorpusEmbeddings> {
  const e = options.store ? cachedEmbedder(embedder, options.store) : embedder;
  const vectors: Record<string, Float32Array[]> = {};
  for (const [name, texts] of Object.entries(corpora)) {
    vectors[name] = await embedInBatches(e, texts, options.batchSize ?? 256, (done, total) => options.onProgress?.(name, done, total));
  }
  const stats = "stats" in e ? (e as { stats: { hits: number; computed: number } }).stats : { hits: 0, computed: 0 };
  return { embedderId: embedder.id, dims: embedder.dims, vectors, cache: { hits: stats.hits, computed: stats.computed } };
}
