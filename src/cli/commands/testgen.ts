import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { writeJsonl } from "../../core/jsonl.js";
import { openRun } from "../../track/open-run.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import { openPostTrainingModel, readPostTrainingProblems, runTestgenStage } from "../../pipeline/post-training/index.js";

const HELP = `  --input FILE         code problems JSONL: {problemId, domain: "code", problem}
  --base-url URL       OpenAI-compatible server of the test writer (authors: Qwen3-32B)
  --model NAME         served model name
  --embedded FILE      or an embedded model file
  --rounds N           calls per problem, one test each (default 4)
  --temperature T      (default 0.6)
  --max-tokens N       (default 16384)
  --solver-url URL     validate tests against solutions sampled from this server…
  --solver-model NAME  …with this model name
  --solutions N        solutions per problem for validation (default 4)
  --min-agreement R    drop tests passed by fewer than this share of solutions (default: report only)
  --seed N             (default 0)
  --root DIR --name NAME   run folder (default runs/testgen); problems with tests → artifacts/testgen-problems.jsonl`;

/** `promptcot testgen`: unit tests for synthetic code problems, with optional cross-validation. */
export const testgenCommand: Command = {
  summary: "generate unit tests for code problems (authors' prompt, 4 rounds, dedup) and cross-check them on sampled solutions",
  help: HELP,
  async run(argv) {
    const { values } = parseFlags("testgen", argv, {
      input: { type: "string" },
      "base-url": { type: "string" },
      model: { type: "string" },
      embedded: { type: "string" },
      rounds: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "solver-url": { type: "string" },
      "solver-model": { type: "string" },
      solutions: { type: "string" },
      "min-agreement": { type: "string" },
      seed: { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    if (!values.input) throw new ConfigError(undefined, "--input", "missing problems file", { remedy: "pass --input problems.jsonl" });
    const problems = await readPostTrainingProblems(values.input);
    const writer = await openPostTrainingModel({ baseURL: values["base-url"], model: values.model, embeddedFile: values.embedded }, "test writer");
    const solver = values["solver-url"] ? await openPostTrainingModel({ baseURL: values["solver-url"], model: values["solver-model"] }, "solver") : undefined;
    const seed = numberFlag("testgen", "seed", values.seed, 0, { integer: true });
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "testgen", config: { stage: "testgen", input: values.input, model: writer.modelId, seed } });
    // The request cache in the run store: a rerun of the same command reuses every finished sample.
    const cache = cacheMiddleware(run.store);
    try {
      const report = await runTestgenStage(run, wrapLanguageModel(writer, [cache]), problems, {
        generation: {
          rounds: numberFlag("testgen", "rounds", values.rounds, 4, { integer: true, min: 1 }),
          temperature: numberFlag("testgen", "temperature", values.temperature, 0.6, { min: 0 }),
          maxTokens: numberFlag("testgen", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
          seed,
        },
        ...(solver
          ? {
              validation: {
                solver: wrapLanguageModel(solver, [cache]),
                sampling: { k: numberFlag("testgen", "solutions", values.solutions, 4, { integer: true, min: 1 }), seed },
                ...(values["min-agreement"] !== undefined ? { minAgreement: numberFlag("testgen", "min-agreement", values["min-agreement"], 0, { min: 0 }) } : {}),
              },
            }
          : {}),
      });
      await cache.flush();
      console.log(formatCacheStats(cache.stats));
      const out = join(run.dir, "artifacts", "testgen-problems.jsonl");
      await writeJsonl(out, report.problems);
      await run.artifact(out, { type: "jsonl" });
      console.log(`${report.problems.length} of ${problems.filter((p) => p.domain === "code").length} code problems have tests → ${out}`);
      await run.close();
      return 0;
    } catch (error) {
      await run.finish({ status: "failed" });
      await run.close();
      throw error;
    }
  },
};
