import type { Domain } from "../../core/rows.js";
import { ConfigError } from "../../core/errors.js";
import type { EmSettings } from "../em/types.js";
import type { SynthesisSettings } from "../synthesize/synthesize.js";

/**
 * Which part of the method to switch off (paper Table 6 ablations): "no-e-step" keeps the cold-start
 * rationales fixed; "no-cold-start" starts EM from base models fitted on bare problems; "no-em" uses the
 * cold-start models directly.
 */
export type SynthesisAblation = "none" | "no-e-step" | "no-cold-start" | "no-em";

/** The main job (`npm start`, `promptcot start`): seed triples → cold start → EM → concepts → synthesis → dedup → decontamination → corpus. */
export interface SynthesisJobConfig {
  /** Run name; rerunning with the same name resumes. */
  name: string;
  /** Folder holding run folders. */
  root: string;
  seed: number;
  domains: Domain[];
  /** Share of seed triples held out for the NLL diagnostic (never trained on). */
  heldoutFraction: number;
  ablation: SynthesisAblation;
  em: { iterations: number; settings: Partial<EmSettings> };
  /** Concept sets sampled per domain (PromptCoT 1.0 sampler, T 0.2, 5 concepts). */
  conceptSetsPerDomain: number;
  conceptTemperature: number;
  synthesis: Partial<SynthesisSettings>;
  /** Dedup: word-set Jaccard threshold (official 0.2). */
  dedupThreshold: number;
  /** Benchmark files to decontaminate against (authors' or upstream formats); default the shipped fixtures. */
  benchmarks: string[];
  /** Drop problems with an n-gram overlap of at least this many tokens (paper: 13; 8-grams are audited). */
  decontaminationN: number;
}

/**
 * Defaults sized for the embedded model on 2 cores (about a minute end to end). EM samples at T 0.5,
 * not the paper's 1.0: with the n-gram LM, T 1.0 samples are mostly noise and the joint reward then
 * favours the shortest ones (docs/em.md has the measurements).
 */
export const DEFAULT_SYNTHESIS_JOB: SynthesisJobConfig = {
  name: "main",
  root: "runs",
  seed: 0,
  domains: ["math", "code"],
  heldoutFraction: 0.15,
  ablation: "none",
  em: { iterations: 3, settings: { k: 8, temperature: 0.5, maxRationaleTokens: 200, concurrency: 1 } },
  conceptSetsPerDomain: 80,
  conceptTemperature: 0.2,
  synthesis: { seeds: [8000, 8001, 8002, 8003], temperature: 0.8, maxTokens: 700, concurrency: 1, decoding: "tag-guided" },
  dedupThreshold: 0.2,
  benchmarks: ["datasets/benchmarks/aime-style.jsonl", "datasets/benchmarks/codeforces-style.jsonl"],
  decontaminationN: 13,
};

const ABLATIONS: readonly SynthesisAblation[] = ["none", "no-e-step", "no-cold-start", "no-em"];

/** Merges overrides onto the defaults and checks every field; errors name the field. */
export function resolveSynthesisJobConfig(overrides: Partial<SynthesisJobConfig> = {}, source?: string): SynthesisJobConfig {
  const c: SynthesisJobConfig = {
    ...DEFAULT_SYNTHESIS_JOB,
    ...overrides,
    em: { iterations: overrides.em?.iterations ?? DEFAULT_SYNTHESIS_JOB.em.iterations, settings: { ...DEFAULT_SYNTHESIS_JOB.em.settings, ...overrides.em?.settings } },
    synthesis: { ...DEFAULT_SYNTHESIS_JOB.synthesis, ...overrides.synthesis },
  };
  const bad = (field: string, problem: string, remedy: string): never => {
    throw new ConfigError(source, field, problem, { remedy });
  };
  if (!c.name || /[/\\]/.test(c.name)) bad("name", `invalid run name ${JSON.stringify(c.name)}`, "use a non-empty name without slashes");
  if (!Number.isInteger(c.seed)) bad("seed", `seed must be an integer, got ${c.seed}`, "pass e.g. --seed 0");
  if (c.domains.length === 0 || c.domains.some((d) => d !== "math" && d !== "code")) bad("domains", `invalid domains ${JSON.stringify(c.domains)}`, 'use "math", "code" or both');
  if (!(c.heldoutFraction > 0 && c.heldoutFraction < 0.5)) bad("heldoutFraction", `must be in (0, 0.5), got ${c.heldoutFraction}`, "use e.g. 0.15");
  if (!ABLATIONS.includes(c.ablation)) bad("ablation", `unknown ablation ${JSON.stringify(c.ablation)}`, `use one of ${ABLATIONS.join(", ")}`);
  if (!Number.isInteger(c.em.iterations) || c.em.iterations < 0) bad("em.iterations", `must be a non-negative integer, got ${c.em.iterations}`, "use e.g. 3");
  if (!Number.isInteger(c.conceptSetsPerDomain) || c.conceptSetsPerDomain < 1) bad("conceptSetsPerDomain", `must be a positive integer, got ${c.conceptSetsPerDomain}`, "use e.g. 80");
  if (!(c.conceptTemperature > 0)) bad("conceptTemperature", `must be positive, got ${c.conceptTemperature}`, "use 0.2 (PromptCoT 1.0)");
  if (!c.synthesis.seeds?.length) bad("synthesis.seeds", "no seeds", "give at least one seed, e.g. [8000]");
  if (!(c.dedupThreshold > 0 && c.dedupThreshold < 1)) bad("dedupThreshold", `must be in (0, 1), got ${c.dedupThreshold}`, "use 0.2 (official)");
  if (c.decontaminationN !== 8 && c.decontaminationN !== 13) bad("decontaminationN", `must be 8 or 13, got ${c.decontaminationN}`, "use 13 (paper)");
  return c;
}
