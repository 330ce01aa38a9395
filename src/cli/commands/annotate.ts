import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { writeJsonl } from "../../core/jsonl.js";
import { createOpenAICompatible } from "../../lm/openai-compatible/index.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { retryMiddleware } from "../../lm/middleware/index.js";
import { annotateProblems, readProblemsFile, type Annotator, type AnnotatorAssignment } from "../../pipeline/annotate/index.js";
import { openRun } from "../../track/open-run.js";

/** Parses `NAME=MODEL@BASE_URL`. */
export function parseAnnotatorSpec(spec: string): { name: string; model: string; baseURL: string } {
  const m = /^([^=]+)=([^@]+)@(\S+)$/.exec(spec.trim());
  if (!m) throw new ConfigError(undefined, "--annotator", `invalid annotator ${JSON.stringify(spec)}`, { remedy: "use NAME=MODEL@BASE_URL, e.g. qwen72b=Qwen/Qwen2.5-72B-Instruct@http://localhost:8000/v1" });
  return { name: m[1]!.trim(), model: m[2]!.trim(), baseURL: m[3]! };
}

/** `promptcot annotate`: cold-start annotation of problems by several annotator endpoints. */
export const annotateCommand: Command = {
  summary: "annotate problems with concepts and rationales by several OpenAI-compatible annotator models (App. C–D prompts)",
  help: [
    "  --input FILE          JSONL rows with problem, level, optional domain (math|code) and id",
    "  --annotator SPEC      NAME=MODEL@BASE_URL (repeatable), e.g. qwen72b=Qwen/Qwen2.5-72B-Instruct@http://gpu1:8000/v1",
    "  --api-key-env VAR     environment variable holding the API key (default OPENAI_API_KEY; servers without keys need none)",
    "  --assignment MODE     all (every annotator annotates every problem) | round-robin (default all)",
    "  --concepts N          concepts per problem (default 5)",
    "  --temperature T       (default 0.7)   --max-tokens N (default 2048)   --concurrency N (default 8)",
    "  --out FILE            triples JSONL (default <run>/triples.jsonl)",
    "  --root DIR --name NAME  run folder (default runs/annotate); requests are cached there, so a rerun resumes",
  ].join("\n"),
  async run(argv) {
    const { values } = parseFlags("annotate", argv, {
      input: { type: "string" },
      annotator: { type: "string", multiple: true },
      "api-key-env": { type: "string" },
      assignment: { type: "string" },
      concepts: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      concurrency: { type: "string" },
      out: { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    if (!values.input) throw new ConfigError(undefined, "--input", "no input file", { remedy: "pass --input problems.jsonl" });
    if (!values.annotator?.length) throw new ConfigError(undefined, "--annotator", "no annotator", { remedy: "pass --annotator NAME=MODEL@BASE_URL at least once" });
    const assignment = (values.assignment ?? "all") as AnnotatorAssignment;
    if (assignment !== "all" && assignment !== "round-robin") throw new ConfigError(undefined, "--assignment", `unknown mode ${assignment}`, { remedy: "use all or round-robin" });
    const problems = await readProblemsFile(values.input);
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "annotate", config: { command: "annotate", input: values.input, annotators: values.annotator, assignment } });
    try {
      const cache = cacheMiddleware(run.store);
      const temperature = numberFlag("annotate", "temperature", values.temperature, 0.7, { min: 0 });
      const maxTokens = numberFlag("annotate", "max-tokens", values["max-tokens"], 2048, { integer: true, min: 1 });
      const annotators: Annotator[] = values.annotator.map((spec) => {
        const a = parseAnnotatorSpec(spec);
        const model = createOpenAICompatible({ baseURL: a.baseURL, model: a.model, apiKeyEnv: values["api-key-env"] ?? "OPENAI_API_KEY" });
        return { name: a.name, model: wrapLanguageModel(model, [cache, retryMiddleware()]), temperature, maxTokens };
      });
      const r = await annotateProblems({ run, store: run.store, seed: 0 }, problems, annotators, {
        assignment,
        numConcepts: numberFlag("annotate", "concepts", values.concepts, 5, { integer: true, min: 1 }),
        concurrency: numberFlag("annotate", "concurrency", values.concurrency, 8, { integer: true, min: 1 }),
      });
      const out = values.out ?? join(run.dir, "triples.jsonl");
      await writeJsonl(out, r.triples);
      await run.table("annotator_stats", r.stats.map((s) => ({ ...s, failures: JSON.stringify(s.failures) })));
      for (const s of r.stats) await run.log({ [`annotate/${s.annotator}/yield`]: s.yield, [`annotate/${s.annotator}/triples`]: s.triples });
      console.log(r.stats.map((s) => `${s.annotator}: ${s.triples}/${s.problems} triples (yield ${(100 * s.yield).toFixed(1)}%) failures ${JSON.stringify(s.failures)}`).join("\n"));
      console.log(`${r.triples.length} triples → ${out}\n${formatCacheStats(cache.stats)}`);
      await run.close();
    } catch (error) {
      await run.finish({ status: "failed" }).catch(() => undefined);
      await run.close().catch(() => undefined);
      throw error;
    }
  },
};
