import { centroidDistances, nearestNeighbourNovelty, type Novelty } from "../../src/metrics/distinctness.js";
import { classicalMds } from "../../src/metrics/mds.js";
import { smacof } from "../../src/metrics/smacof.js";
import { invalidArgument } from "../../src/metrics/invalid-argument.js";
import type { CorpusEmbeddings } from "./embed-corpora.js";

export interface DistinctnessOptions {
  /** "classical" (Torgerson; default) or "smacof" (metric stress minimisation started from classical). */
  mds?: "classical" | "smacof";
  /** Distance 1 − cos at or below which an item has a near copy in another corpus (default 0.05). */
  epsilon?: number;
  /** Queries / references sampled per corpus for nearest-neighbour novelty (defaults 500 / 5,000). */
  queriesPerCorpus?: number;
  referencesPerCorpus?: number;
  /** Skip the item-level novelty (it is the costly part: corpora² · queries · references · dims). */
  novelty?: boolean;
  /** Seed of the novelty samples and the eigen solver (default 0). */
  seed?: number;
  /** A label for the result, e.g. "math" or "code". */
  label?: string;
}

/** The paper's distinctness analysis (§5.8) plus item-level novelty, for one group of corpora. */
export interface DistinctnessResult {
  label: string;
  /** Embedder that produced every vector (distances from different embedders are not comparable). */
  embedderId: string;
  names: string[];
  /** Items per corpus. */
  sizes: number[];
  /** distances[a][b] = 1 − cos(mean embedding of a, mean embedding of b). */
  distances: number[][];
  /** 2-D MDS of `distances`. */
  mds: { method: "classical" | "smacof"; points: number[][]; stress: number; explained?: number };
  /** Nearest-neighbour novelty of each corpus against the others (absent when disabled). */
  novelty?: Novelty;
}

/**
 * Mean embedding per corpus → pairwise 1 − cos → 2-D MDS (the paper's figure), and the nearest-neighbour view:
 * median distance from each corpus's items to the nearest item of any other corpus, and the share within ε (near
 * copies, e.g. paraphrases or contamination).
 *
 * @example analyseDistinctness(await embedCorpora(texts, hashedTfidf()), { label: "math" }).mds.points // [[x, y], …] one per corpus
 */
export function analyseDistinctness(embeddings: CorpusEmbeddings, options: DistinctnessOptions = {}): DistinctnessResult {
  const names = Object.keys(embeddings.vectors);
  if (names.length < 2) throw invalidArgument("analyseDistinctness", "embeddings.vectors", `has ${names.length} corpus`, "pass at least two corpora (per domain when split)");
  const c = centroidDistances(embeddings.vectors);
  const method = options.mds ?? "classical";
  let mds: DistinctnessResult["mds"];
  if (method === "smacof") {
    const s = smacof(c.distances, { seed: options.seed ?? 0 });
    mds = { method, points: s.points, stress: s.stress };
  } else {
    const m = classicalMds(c.distances, { seed: options.seed ?? 0 });
    mds = { method, points: m.points, stress: m.stress, explained: m.explained };
  }
  const novelty =
    options.novelty === false
      ? undefined
      : nearestNeighbourNovelty(embeddings.vectors, {
          epsilon: options.epsilon,
          queriesPerCorpus: options.queriesPerCorpus,
          referencesPerCorpus: options.referencesPerCorpus,
          seed: options.seed ?? 0,
        });
  return { label: options.label ?? "all", embedderId: embeddings.embedderId, names: c.names, sizes: c.sizes, distances: c.distances, mds, novelty };
}

/** One row per corpus: MDS coordinates, size and novelty (for tables, CSV, charts). */
export interface DistinctnessRow {
  group: string;
  corpus: string;
  items: number;
  x: number;
  y: number;
  /** Mean 1 − cos of this corpus's centroid to the other centroids. */
  meanCentroidDistance: number;
  medianNnDistance?: number;
  shareWithinEpsilon?: number;
  embedder: string;
  [key: string]: string | number | undefined;
}

/** Flattens a result into one row per corpus. */
export function distinctnessRows(result: DistinctnessResult): DistinctnessRow[] {
  return result.names.map((corpus, i) => {
    const others = result.distances[i]!.filter((_, j) => j !== i);
    const nov = result.novelty?.vsOthers[i];
    return {
      group: result.label,
      corpus,
      items: result.sizes[i]!,
      x: result.mds.points[i]![0]!,
      y: result.mds.points[i]![1] ?? 0,
      meanCentroidDistance: others.reduce((s, d) => s + d, 0) / others.length,
      medianNnDistance: nov?.medianNnDistance,
      shareWithinEpsilon: nov?.shareWithinEpsilon,
      embedder: result.embedderId,
    };
  });
}

/** The distance matrix as long rows (corpus a, corpus b, distance) for a heatmap or a table. */
export function distanceMatrixRows(result: DistinctnessResult): { group: string; a: string; b: string; distance: number }[] {
  return result.names.flatMap((a, i) => result.names.map((b, j) => ({ group: result.label, a, b, distance: result.distances[i]![j]! })));
}
