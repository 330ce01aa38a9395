import type { Domain, DroppedRow, Triple } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import type { LanguageModel } from "../../lm/language-model.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import { generate } from "../../lm/batch.js";
import { parseConcepts, renderConceptExtraction } from "../../prompts/concept-extraction.js";
import { parseRationale, renderRationaleAnnotation, type RationaleParseOptions } from "../../prompts/rationale-annotation.js";
import type { StageContext } from "../stage.js";

/** A problem to annotate: an observed x with its level (the rationale prompt needs one). */
export interface ProblemToAnnotate {
  id: string;
  domain: Domain;
  level: string;
  problem: string;
}

/** One annotator model (the paper used four: Qwen2.5-32B/72B-Instruct, Llama-3.1-70B-Instruct, phi-4). */
export interface Annotator {
  /** Name in stats and lineage (e.g. "qwen2.5-72b"). */
  name: string;
  model: LanguageModel;
  /** Decoding for both prompts (the paper does not say; default T 0.7, 2,048 tokens). */
  temperature?: number;
  maxTokens?: number;
}

/**
 * How problems are shared among annotators; the paper does not say how its four were combined.
 * "all": every annotator annotates every problem (several triples per problem);
 * "round-robin": problem i goes to annotator i mod A (one triple per problem, load split evenly).
 */
export type AnnotatorAssignment = "all" | "round-robin";

export interface AnnotateOptions {
  assignment?: AnnotatorAssignment;
  /** Concepts per problem (5 in every paper example). */
  numConcepts?: number;
  /** Accept a concept list of another length instead of rejecting it. */
  allowCountMismatch?: boolean;
  rationale?: RationaleParseOptions;
  concurrency?: number;
  seed?: number;
}

/** Per-annotator yield: how many problems went in, how many triples came out, and why the rest failed. */
export interface AnnotatorStats {
  annotator: string;
  problems: number;
  conceptsParsed: number;
  triples: number;
  /** triples / problems. */
  yield: number;
  /** Failures by stage and reason, e.g. {"concepts/wrong_count": 2, "rationale/no_marker": 1}. */
  failures: Record<string, number>;
}

export interface AnnotationResult {
  triples: Triple[];
  stats: AnnotatorStats[];
}

interface Job {
  problem: ProblemToAnnotate;
  annotator: Annotator;
}

/**
 * Cold-start annotation (paper §3.2.1, App. C–D): each annotator extracts the concepts of a problem
 * (concept-extraction prompt, Python list with `Knowledge Point:` fallback), then writes the designer's
 * rationale from (problem, concepts, level) (rationale prompt, text after `Thinking Process:`). A
 * parse failure at either step drops the (problem, annotator) item with a counted reason; triples
 * carry `rationaleSource = "annotator:<name>"`.
 *
 * @example
 * const { triples, stats } = await annotateProblems(ctx, problems, [{ name: "qwen72b", model }], { assignment: "all" });
 * stats[0] // { annotator: "qwen72b", problems: 10, triples: 9, yield: 0.9, failures: { "rationale/no_marker": 1 } }
 */
export async function annotateProblems(ctx: StageContext, problems: readonly ProblemToAnnotate[], annotators: readonly Annotator[], options: AnnotateOptions = {}): Promise<AnnotationResult> {
  if (annotators.length === 0) throw new RangeError("annotateProblems: pass at least one annotator");
  const numConcepts = options.numConcepts ?? 5;
  const assignment = options.assignment ?? "all";
  const seed = options.seed ?? ctx.seed;
  const jobs: Job[] = problems.flatMap((problem, i) => (assignment === "all" ? annotators : [annotators[i % annotators.length]!]).map((annotator) => ({ problem, annotator })));
  const stats = new Map(annotators.map((a) => [a.name, { annotator: a.name, problems: 0, conceptsParsed: 0, triples: 0, yield: 0, failures: {} as Record<string, number> }]));
  for (const j of jobs) stats.get(j.annotator.name)!.problems++;
  const drops: DroppedRow[] = [];
  const fail = (job: Job, reason: string, detail?: string) => {
    const s = stats.get(job.annotator.name)!;
    s.failures[reason] = (s.failures[reason] ?? 0) + 1;
    drops.push({ stage: "annotate", id: `${job.problem.id}/${job.annotator.name}`, reason, detail });
  };

  // Step 1: concepts. Requests go to each job's own annotator model, in flight together.
  const conceptsOf = new Map<number, string[]>();
  const p1 = ctx.run.progress("annotate: concepts", jobs.length);
  await forEachGenerated(jobs, (job) => job.annotator.model, (job) => ({ id: `${job.problem.id}/concepts`, messages: renderConceptExtraction({ problem: job.problem.problem, numConcepts }), ...decoding(job.annotator, seed) }), options.concurrency, ctx.signal, (i, text, error) => {
    p1.tick();
    const job = jobs[i]!;
    if (error !== undefined) return fail(job, "concepts/generate_failed", error);
    const r = parseConcepts(text, { numConcepts, allowCountMismatch: options.allowCountMismatch });
    if (r.ok === false) return fail(job, `concepts/${r.reason}`, r.detail);
    conceptsOf.set(i, r.value);
    stats.get(job.annotator.name)!.conceptsParsed++;
  });
  p1.finish();

  // Step 2: rationales for the jobs whose concepts parsed.
  const ready = [...conceptsOf.keys()].sort((a, b) => a - b);
  const triples = new Map<number, Triple>();
  const p2 = ctx.run.progress("annotate: rationales", ready.length);
  await forEachGenerated(ready, (i) => jobs[i]!.annotator.model, (i) => {
    const job = jobs[i]!;
    return { id: `${job.problem.id}/rationale`, messages: renderRationaleAnnotation({ problem: job.problem.problem, concepts: conceptsOf.get(i)!, level: job.problem.level }), ...decoding(job.annotator, seed) };
  }, options.concurrency, ctx.signal, (k, text, error) => {
    p2.tick();
    const i = ready[k]!;
    const job = jobs[i]!;
    if (error !== undefined) return fail(job, "rationale/generate_failed", error);
    const r = parseRationale(text, options.rationale);
    if (r.ok === false) return fail(job, `rationale/${r.reason}`, r.detail);
    const source = `annotator:${job.annotator.name}`;
    triples.set(i, {
      pairId: shortId("pair", { problem: job.problem.id, annotator: job.annotator.name }),
      domain: job.problem.domain,
      level: job.problem.level,
      concepts: conceptsOf.get(i)!,
      rationale: r.value,
      problem: job.problem.problem,
      rationaleSource: source,
    });
    stats.get(job.annotator.name)!.triples++;
  });
  p2.finish();
  await ctx.run.drop(drops);
  const list = [...stats.values()].map((s) => ({ ...s, yield: s.problems ? s.triples / s.problems : 0 }));
  return { triples: [...triples.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t), stats: list };
}

function decoding(a: Annotator, seed: number): Pick<GenerateRequest, "temperature" | "maxTokens" | "seed" | "n"> {
  return { n: 1, temperature: a.temperature ?? 0.7, maxTokens: a.maxTokens ?? 2048, seed };
}

/** Groups items by annotator model and runs each group's requests through that model, concurrently. */
async function forEachGenerated<T>(
  items: readonly T[],
  modelOf: (item: T) => LanguageModel,
  request: (item: T) => GenerateRequest,
  concurrency: number | undefined,
  signal: AbortSignal | undefined,
  onResult: (index: number, text: string, error?: string) => void,
): Promise<void> {
  const byModel = new Map<LanguageModel, number[]>();
  items.forEach((item, i) => {
    const model = modelOf(item);
    const list = byModel.get(model) ?? [];
    list.push(i);
    byModel.set(model, list);
  });
  await Promise.all(
    [...byModel.entries()].map(async ([model, indices]) => {
      for await (const s of generate(model, indices.map((i) => request(items[i]!)), { concurrency: concurrency ?? 4, signal })) {
        const i = indices[s.index]!;
        if (s.ok === true) onResult(i, s.result.samples[0]?.text ?? "");
        else onResult(i, "", s.message);
      }
    }),
  );
}
