import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Domain, SynthesizedProblem, Triple } from "../../core/rows.js";
import { contentHash } from "../../core/hash.js";
import { Rng } from "../../core/rng.js";
import { projectPath } from "../../core/paths.js";
import { loadSeedProblems, seedToTriple } from "../../datasets/seed.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { fitHashedTfidf } from "../../embed/hashed-tfidf.js";
import { openRun } from "../../track/open-run.js";
import { runStage, type StageContext } from "../stage.js";
import { coldStart } from "../coldstart/cold-start.js";
import { runEmLoop } from "../em/em-loop.js";
import type { EmIterationMetrics, EmModels } from "../em/types.js";
import { buildConceptModel, sampleConceptSets } from "../concept-sampler/index.js";
import { synthesizeProblems } from "../synthesize/synthesize.js";
import { dedupProblems } from "../dedup/minhash-dedup.js";
import { decontaminateAgainstFiles } from "../decontaminate/decontaminate-files.js";
import { embeddedModelHooks } from "./em-models.js";
import { configuredModels, type ConfiguredModels } from "./configured-models.js";
import { resolveSynthesisJobConfig, type SynthesisJobConfig } from "./synthesis-job-config.js";
import { writeCorpus, type CorpusFiles } from "./corpus-export.js";
import { candidatesTable, auditTable, funnelTable, type CandidateRow, type FunnelRow } from "./job-tables.js";
import { writeSynthesisReport } from "./synthesis-report.js";

export interface SynthesisJobResult {
  runDir: string;
  corpus: CorpusFiles;
  funnel: FunnelRow[];
  em: EmIterationMetrics[];
  report: string;
  /** Stages reused from an earlier (interrupted or finished) run of the same name. */
  reused: string[];
}

export interface SynthesisJobOptions {
  /** Delete the run folder first instead of resuming. */
  fresh?: boolean;
  quiet?: boolean;
  signal?: AbortSignal;
  /** Where relative benchmark paths resolve (default: the project root). */
  baseDir?: string;
  /**
   * A model config (`configs/*.json`, docs/real-models.md): its `generator` and `rationale` roles become
   * p and q, trained by their configured trainers. Without one (or when both roles are embedded models
   * without a file), p and q are the embedded LM fitted on the seed triples.
   */
  modelConfig?: string;
}

/**
 * The main job: seed triples → cold start (q, p) → EM → concept sampling → synthesis → exact + MinHash
 * dedup → n-gram decontamination → corpus (Parquet with lineage + JSONL in the authors' `prompt` format)
 * and an HTML report (funnel, EM curves). Rerunning with the same name resumes: fitted models, EM
 * iterations, stage outputs and every model request are in the run's DuckDB store.
 */
export async function runSynthesisJob(overrides: Partial<SynthesisJobConfig> = {}, options: SynthesisJobOptions = {}): Promise<SynthesisJobResult> {
  const config = resolveSynthesisJobConfig(overrides);
  const dir = resolve(config.root, config.name);
  if (options.fresh && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const run = await openRun({ root: config.root, name: config.name, config: config as unknown as Record<string, unknown>, quiet: options.quiet });
  const ctx: StageContext = { run, store: run.store, seed: config.seed, signal: options.signal };
  const reused: string[] = [];
  let configured: ConfiguredModels | undefined;
  try {
    const cache = cacheMiddleware(run.store);
    const hooks = embeddedModelHooks(join(run.dir, "models"), [cache]);

    // 1. Seed triples, split per domain into EM pairs and held-out pairs.
    const seeds = (await Promise.all(config.domains.map((domain) => loadSeedProblems({ domain })))).flat();
    const { train, heldout } = splitTriples(seeds.map(seedToTriple), config.domains, config.heldoutFraction, config.seed);
    say(options, `seed triples: ${train.length} for training, ${heldout.length} held out`);

    // 2. Cold start (or its ablation). Embedded models are memoised with the model files they wrote;
    // configured (served) models are retrained, their requests still come from the cache.
    configured = options.modelConfig ? await configuredModels(options.modelConfig, run, () => hooks.base(train.map((t) => t.problem), config.seed)) : undefined;
    let initial: EmModels;
    let emHooks: Parameters<typeof runEmLoop>[1]["hooks"] = hooks;
    if (configured) {
      emHooks = { wrap: configured.wrap };
      const bases = { q: configured.q, p: configured.p };
      if (config.ablation === "no-cold-start") initial = bases;
      else {
        const r = await coldStart(bases, train, { seed: config.seed, validation: heldout, hooks: { wrap: configured.wrap } });
        await run.log(coldStartMetrics(r.metrics));
        initial = { q: r.q, p: r.p };
      }
    } else {
      const base = await hooks.base(train.map((t) => t.problem), config.seed);
      const cold = await runStage(ctx, {
        name: "cold-start",
        version: 1,
        async run(c) {
          if (config.ablation === "no-cold-start") return [{ q: await hooks.save(base, "base"), p: await hooks.save(base, "base") }];
          const r = await coldStart({ q: base, p: base }, train, { seed: c.seed, validation: heldout, hooks });
          await c.run.log(coldStartMetrics(r.metrics));
          return [{ q: r.modelRefs.q, p: r.modelRefs.p }];
        },
      }, { ablation: config.ablation === "no-cold-start" ? "no-cold-start" : "cold-start", seed: config.seed }, null, contentHash({ base: base.modelId, train: train.map((t) => t.pairId) }));
      if (cold.reused) reused.push("cold-start");
      initial = { q: hooks.wrap(await hooks.load(cold.rows[0]!.q)), p: hooks.wrap(await hooks.load(cold.rows[0]!.p)) };
    }

    // 3. EM (resumes per iteration from em_state).
    const em = await runEmLoop(ctx, {
      pairs: train,
      heldout,
      initial,
      iterations: config.ablation === "no-em" ? 0 : config.em.iterations,
      settings: config.em.settings,
      variant: config.ablation === "no-e-step" ? "no-e-step" : "full",
      stopRule: false,
      seed: config.seed,
      hooks: emHooks,
      logPrefix: "em",
    });
    if (em.resumedIterations > 0) reused.push(`em (${em.resumedIterations} iterations)`);
    const p = em.models.p;

    // 4. Concept sets per domain from the training triples' concept lists.
    const sets = await runStage(ctx, {
      name: "concept-sets",
      version: 1,
      async run(c, params) {
        const out = [];
        for (const domain of config.domains) {
          const lists = train.filter((t) => t.domain === domain);
          const vocab = [...new Set(lists.flatMap((t) => t.concepts))];
          const embedder = fitHashedTfidf(vocab);
          const model = await buildConceptModel(lists, async (texts) => embedder.embed(texts));
          const r = sampleConceptSets(model, { count: params.perDomain, domain, seed: c.seed, temperature: params.temperature });
          await c.run.log({ [`concepts/${domain}/sets`]: r.stats.produced, [`concepts/${domain}/duplicate_rejections`]: r.stats.duplicateRejections });
          out.push(...r.rows);
        }
        return out;
      },
    }, { perDomain: config.conceptSetsPerDomain, temperature: config.conceptTemperature, domains: config.domains }, null, contentHash(train.map((t) => t.pairId)));
    if (sets.reused) reused.push("concept-sets");

    // 5. Synthesis with p (each generation committed to the request cache as it arrives).
    const synth = await runStage(ctx, {
      name: "synthesize",
      version: 1,
      nonKeyParams: ["concurrency"],
      async run(c, params) {
        // A rerun with other settings replaces the drops of the earlier attempt.
        await c.store.exec("DELETE FROM dropped_rows WHERE stage = 'synthesize'").catch(() => undefined);
        const r = await synthesizeProblems(c, p, sets.rows, params);
        await c.run.log({ "synthesis/requested": r.stats.requested, "synthesis/parsed": r.stats.parsed, ...Object.fromEntries(Object.entries(r.stats.reasons).map(([k, v]) => [`synthesis/failed/${k}`, v])) });
        return [{ problems: r.problems, reasons: r.stats.reasons, requested: r.stats.requested }];
      },
    }, config.synthesis, null, contentHash({ p: p.modelId, sets: sets.key }));
    if (synth.reused) reused.push("synthesize");
    const { problems, reasons, requested } = synth.rows[0]!;
    say(options, `synthesis: ${problems.length} of ${requested} generations parsed; ${formatCacheStats(cache.stats)}`);

    // 6–7. Dedup, then decontamination of the survivors (both fast and deterministic: recomputed).
    const dedup = dedupProblems(problems.map((x) => ({ id: x.problemId, text: x.problem })), { threshold: config.dedupThreshold, seed: config.seed });
    const dedupById = new Map(dedup.rows.map((r) => [r.id, r]));
    const survivors = problems.filter((x) => dedupById.get(x.problemId)!.kept);
    const baseDir = options.baseDir ?? projectPath();
    const decon = await decontaminateAgainstFiles(
      survivors.map((x) => ({ id: x.problemId, text: x.problem })),
      config.benchmarks.map((b) => ({ path: resolve(baseDir, b) })),
      { sizes: [8, 13], dropN: config.decontaminationN },
    );
    const deconById = new Map(decon.decisions.map((d) => [d.problemId, d]));

    const candidates: CandidateRow[] = problems.map((x) => candidateRow(x, dedupById.get(x.problemId)!, deconById.get(x.problemId)));
    await run.store.insert(candidatesTable, candidates, { onConflict: "replace" });
    await run.store.exec("DELETE FROM contamination_audit").catch(() => undefined);
    await run.store.insert(auditTable, decon.audit.map((a) => ({ problem_id: a.problemId, benchmark: a.benchmark, item_id: a.benchmarkItemId, n: a.n, ngram: a.ngram, count: a.count, whole_item: a.wholeItem })), { onConflict: "replace" });
    await run.store.exec("DELETE FROM dropped_rows WHERE stage IN ('dedup', 'decontaminate')").catch(() => undefined);
    await run.drop(candidates.filter((c) => c.status !== "kept").map((c) => ({ stage: c.status, id: c.problem_id, reason: c.drop_reason ?? c.status })));

    const kept = candidates.filter((c) => c.status === "kept");
    const funnel = funnelRows(config.domains, sets.rows.map((s) => s.domain), config.synthesis.seeds!.length, problems, candidates);
    await run.store.exec("DELETE FROM funnel").catch(() => undefined);
    await run.store.insert(funnelTable, funnel, { onConflict: "replace" });
    const corpus = await writeCorpus(join(run.dir, "corpus"), kept);
    await run.artifact(corpus.parquet, { type: "corpus" });
    await run.log({ "corpus/problems": kept.length, "dedup/exact": dedup.stats.exactDuplicates, "dedup/near": dedup.stats.nearDuplicates, "decontamination/dropped": decon.stats.dropped, "decontamination/flagged_only": decon.stats.flaggedOnly });
    const report = await writeSynthesisReport(run, { funnel, em: em.history, reasons, examples: kept.slice(0, 6), audit: decon.audit.length, config });
    await run.summary({ funnel: Object.fromEntries(funnel.filter((f) => f.domain === "all").map((f) => [f.step, f.count])), corpus: corpus.parquet, report });
    await configured?.close();
    await run.close();
    return { runDir: run.dir, corpus, funnel, em: em.history, report, reused };
  } catch (error) {
    await configured?.close().catch(() => undefined);
    await run.finish({ status: options.signal?.aborted ? "interrupted" : "failed" }).catch(() => undefined);
    await run.close().catch(() => undefined);
    throw error;
  }
}

/** Seeded per-domain split: the first ⌈f·n⌉ of a shuffle are held out. */
export function splitTriples(triples: readonly Triple[], domains: readonly Domain[], fraction: number, seed: number): { train: Triple[]; heldout: Triple[] } {
  const train: Triple[] = [];
  const heldout: Triple[] = [];
  for (const domain of domains) {
    const order = new Rng(seed).child("split").child(domain).shuffle(triples.filter((t) => t.domain === domain));
    const h = Math.ceil(order.length * fraction);
    heldout.push(...order.slice(0, h));
    train.push(...order.slice(h));
  }
  return { train, heldout };
}

function candidateRow(x: SynthesizedProblem, d: { kept: boolean; duplicateOf: string | null; jaccard: number | null; method: string | null }, c: { kept: boolean; reason: string | null } | undefined): CandidateRow {
  const status: CandidateRow["status"] = !d.kept ? "dedup" : c && !c.kept ? "decontaminate" : "kept";
  return {
    problem_id: x.problemId,
    concept_set_id: x.conceptSetId,
    domain: x.domain,
    level: x.level,
    concepts: x.concepts,
    rationale: x.rationale,
    problem: x.problem,
    model_version: x.modelVersion,
    seed: x.seed,
    sample_index: x.sampleIndex,
    status,
    duplicate_of: d.duplicateOf,
    jaccard: d.jaccard,
    drop_reason: status === "dedup" ? `${d.method} duplicate of ${d.duplicateOf}` : status === "decontaminate" ? c!.reason : null,
  };
}

/** Cold-start fit metrics of q and p as run metric keys (`cold-start/q/…`, `cold-start/p/…`). */
function coldStartMetrics(metrics: { q: Record<string, number>; p: Record<string, number> }): Record<string, number> {
  const keyed = (role: "q" | "p") => Object.entries(metrics[role]).map(([k, v]) => [`cold-start/${role}/${k}`, v] as const);
  return Object.fromEntries([...keyed("q"), ...keyed("p")]);
}

/** One generation per concept set per synthesis seed, so generations = sets × seeds. */
function funnelRows(domains: readonly Domain[], setDomains: readonly Domain[], seedCount: number, problems: readonly SynthesizedProblem[], candidates: readonly CandidateRow[]): FunnelRow[] {
  const rows: FunnelRow[] = [];
  for (const domain of [...domains, "all" as const]) {
    const inDomain = <T extends { domain: string }>(xs: readonly T[]) => (domain === "all" ? xs : xs.filter((x) => x.domain === domain));
    const cs = inDomain(candidates);
    const sets = domain === "all" ? setDomains.length : setDomains.filter((d) => d === domain).length;
    rows.push(
      { domain, order: 1, step: "concept sets", count: sets },
      { domain, order: 2, step: "generations", count: sets * seedCount },
      { domain, order: 3, step: "parsed (strict tags)", count: inDomain(problems).length },
      { domain, order: 4, step: "after dedup", count: cs.filter((c) => c.status !== "dedup").length },
      { domain, order: 5, step: "after decontamination", count: cs.filter((c) => c.status === "kept").length },
    );
  }
  return rows;
}

function say(options: SynthesisJobOptions, text: string): void {
  if (!options.quiet) process.stderr.write(`${text}\n`);
}
