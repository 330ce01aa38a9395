import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { writeJsonl } from "../../core/jsonl.js";
import { openRun } from "../../track/open-run.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import { openPostTrainingModel, readPostTrainingProblems, runLabelStage, type RequestStyle } from "../../pipeline/post-training/index.js";

const HELP = `  --input FILE         math problems JSONL: {problemId, domain: "math", problem}
  --base-url URL       OpenAI-compatible server of the labeller (paper: Qwen3-30B-A3B-Thinking / GPT-OSS-120B)
  --model NAME         served model name
  --embedded FILE      or an embedded model file
  --style chat|prompt  (default chat)
  --samples N          votes per problem (default 8)
  --temperature T      (default 0.6)
  --max-tokens N       (default 16384)
  --min-agreement R    drop labels whose winning share of valid votes is below R (default 0)
  --seed N             (default 0)
  --root DIR --name NAME   run folder (default runs/label); labelled problems → artifacts/labelled-problems.jsonl`;

/** `promptcot label`: majority-vote answers for synthetic math problems. */
export const labelCommand: Command = {
  summary: "label math problems by majority vote over sampled answers (clustered by equivalence), with agreement as confidence",
  help: HELP,
  async run(argv) {
    const { values } = parseFlags("label", argv, {
      input: { type: "string" },
      "base-url": { type: "string" },
      model: { type: "string" },
      embedded: { type: "string" },
      style: { type: "string" },
      samples: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "min-agreement": { type: "string" },
      seed: { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    if (!values.input) throw new ConfigError(undefined, "--input", "missing problems file", { remedy: "pass --input problems.jsonl" });
    const style = (values.style ?? "chat") as RequestStyle;
    if (style !== "chat" && style !== "prompt") throw new ConfigError(undefined, "--style", `invalid style: ${values.style} (expected chat | prompt)`);
    const problems = await readPostTrainingProblems(values.input);
    const solver = await openPostTrainingModel({ baseURL: values["base-url"], model: values.model, embeddedFile: values.embedded }, "labeller");
    const seed = numberFlag("label", "seed", values.seed, 0, { integer: true });
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "label", config: { stage: "label", input: values.input, model: solver.modelId, seed } });
    // The request cache in the run store: a rerun of the same command reuses every finished sample.
    const cache = cacheMiddleware(run.store);
    try {
      const report = await runLabelStage(run, wrapLanguageModel(solver, [cache]), problems, {
        samples: numberFlag("label", "samples", values.samples, 8, { integer: true, min: 1 }),
        temperature: numberFlag("label", "temperature", values.temperature, 0.6, { min: 0 }),
        maxTokens: numberFlag("label", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
        minAgreement: numberFlag("label", "min-agreement", values["min-agreement"], 0, { min: 0 }),
        style,
        seed,
      });
      await cache.flush();
      console.log(formatCacheStats(cache.stats));
      const out = join(run.dir, "artifacts", "labelled-problems.jsonl");
      await writeJsonl(out, report.problems);
      await run.artifact(out, { type: "jsonl" });
      console.log(`${report.problems.length} of ${problems.filter((p) => p.domain === "math").length} math problems labelled → ${out}`);
      await run.close();
      return 0;
    } catch (error) {
      await run.finish({ status: "failed" });
      await run.close();
      throw error;
    }
  },
};
