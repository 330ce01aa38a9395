import { readFileSync } from "node:fs";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import type { Domain } from "../../core/rows.js";
import { runSynthesisJob } from "../../pipeline/jobs/synthesis-job.js";
import { DEFAULT_SYNTHESIS_JOB, type SynthesisAblation, type SynthesisJobConfig } from "../../pipeline/jobs/synthesis-job-config.js";

const d = DEFAULT_SYNTHESIS_JOB;

/** `npm start` / `promptcot start`: the main synthesis job on the embedded model, resumable by run name. */
export const startCommand: Command = {
  summary: "the main job: seed triples → cold start → EM → concept sampling → synthesis → dedup → decontamination → corpus + report",
  help: [
    `  --name NAME           run name; rerunning the same name resumes (default ${d.name})`,
    `  --root DIR            runs folder (default ${d.root})`,
    `  --config FILE         model config (configs/*.json): p and q from its generator and rationale roles (docs/real-models.md)`,
    `  --job FILE            JSON file with any SynthesisJobConfig fields (flags override it)`,
    `  --seed N              (default ${d.seed})`,
    `  --domains LIST        math,code (default ${d.domains.join(",")})`,
    `  --iterations N        EM iterations (default ${d.em.iterations})`,
    `  --k N                 rationale samples per pair in the E-step (default ${d.em.settings.k})`,
    `  --ablation NAME       none | no-e-step | no-cold-start | no-em (default none)`,
    `  --concept-sets N      concept sets per domain (default ${d.conceptSetsPerDomain})`,
    `  --synthesis-seeds N   generations per concept set, seeds 8000… (default ${d.synthesis.seeds!.length})`,
    `  --benchmark FILE      benchmark file to decontaminate against (repeatable; default the shipped fixtures)`,
    `  --fresh               delete the run folder first instead of resuming`,
    `  --quiet               no progress output`,
  ].join("\n"),
  async run(argv) {
    const { values } = parseFlags("start", argv, {
      name: { type: "string" },
      root: { type: "string" },
      config: { type: "string" },
      job: { type: "string" },
      seed: { type: "string" },
      domains: { type: "string" },
      iterations: { type: "string" },
      k: { type: "string" },
      ablation: { type: "string" },
      "concept-sets": { type: "string" },
      "synthesis-seeds": { type: "string" },
      benchmark: { type: "string", multiple: true },
      fresh: { type: "boolean" },
      quiet: { type: "boolean" },
    });
    let file: Partial<SynthesisJobConfig> = {};
    if (values.job) {
      try {
        file = JSON.parse(readFileSync(values.job, "utf8")) as Partial<SynthesisJobConfig>;
      } catch (error) {
        throw new ConfigError(values.job, "(file)", `cannot read the config: ${(error as Error).message}`, { remedy: "pass a JSON object of SynthesisJobConfig fields" });
      }
    }
    const overrides: Partial<SynthesisJobConfig> = { ...file };
    if (values.name) overrides.name = values.name;
    if (values.root) overrides.root = values.root;
    if (values.seed !== undefined) overrides.seed = numberFlag("start", "seed", values.seed, 0, { integer: true });
    if (values.domains) overrides.domains = values.domains.split(",").map((s) => s.trim()) as Domain[];
    if (values.iterations !== undefined || values.k !== undefined) {
      overrides.em = {
        iterations: numberFlag("start", "iterations", values.iterations, file.em?.iterations ?? d.em.iterations, { integer: true, min: 0 }),
        settings: { ...file.em?.settings, ...(values.k !== undefined ? { k: numberFlag("start", "k", values.k, 8, { integer: true, min: 1 }) } : {}) },
      };
    }
    if (values.ablation) overrides.ablation = values.ablation as SynthesisAblation;
    if (values["concept-sets"] !== undefined) overrides.conceptSetsPerDomain = numberFlag("start", "concept-sets", values["concept-sets"], 80, { integer: true, min: 1 });
    if (values["synthesis-seeds"] !== undefined) {
      const n = numberFlag("start", "synthesis-seeds", values["synthesis-seeds"], 4, { integer: true, min: 1 });
      overrides.synthesis = { ...file.synthesis, seeds: Array.from({ length: n }, (_, i) => 8000 + i) };
    }
    if (values.benchmark?.length) overrides.benchmarks = values.benchmark;
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once("SIGINT", onSigint);
    try {
      const t0 = performance.now();
      const r = await runSynthesisJob(overrides, { fresh: values.fresh, quiet: values.quiet, signal: controller.signal, baseDir: process.cwd(), ...(values.config ? { modelConfig: values.config } : {}) });
      const all = r.funnel.filter((f) => f.domain === "all");
      console.log(
        [
          `run folder: ${r.runDir}${r.reused.length ? ` (resumed: ${r.reused.join(", ")})` : ""}`,
          ...all.map((f) => `  ${f.step.padEnd(24)} ${f.count}`),
          `EM held-out NLL/token: ${r.em.map((h) => h.heldoutNllPerToken.toFixed(3)).join(" → ")}`,
          `corpus: ${r.corpus.parquet} (${r.corpus.count} problems), ${r.corpus.promptsJsonl}`,
          `report: ${r.report}`,
          `done in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        ].join("\n"),
      );
    } finally {
      process.off("SIGINT", onSigint);
    }
  },
};
