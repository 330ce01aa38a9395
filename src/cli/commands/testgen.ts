import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { writeJsonl } from "../../core/jsonl.js";
import { openPostTrainingModel, runTestgenStage } from "../../pipeline/post-training/index.js";
import { POST_TRAINING_FLAGS, runPostTrainingCommand } from "./post-training-command.js";

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
      ...POST_TRAINING_FLAGS,
      rounds: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "solver-url": { type: "string" },
      "solver-model": { type: "string" },
      solutions: { type: "string" },
      "min-agreement": { type: "string" },
    });
    const solver = values["solver-url"] ? await openPostTrainingModel({ baseURL: values["solver-url"], model: values["solver-model"] }, "solver") : undefined;
    return runPostTrainingCommand(
      "testgen",
      values,
      "test writer",
      ({ run, model, cached, problems, seed }) =>
        runTestgenStage(run, model, problems, {
          generation: {
            rounds: numberFlag("testgen", "rounds", values.rounds, 4, { integer: true, min: 1 }),
            temperature: numberFlag("testgen", "temperature", values.temperature, 0.6, { min: 0 }),
            maxTokens: numberFlag("testgen", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
            seed,
          },
          ...(solver
            ? {
                validation: {
                  solver: cached(solver),
                  sampling: { k: numberFlag("testgen", "solutions", values.solutions, 4, { integer: true, min: 1 }), seed },
                  ...(values["min-agreement"] !== undefined ? { minAgreement: numberFlag("testgen", "min-agreement", values["min-agreement"], 0, { min: 0 }) } : {}),
                },
              }
            : {}),
        }),
      async (report, { run, problems }) => {
        const out = join(run.dir, "artifacts", "testgen-problems.jsonl");
        await writeJsonl(out, report.problems);
        await run.artifact(out, { type: "jsonl" });
        console.log(`${report.problems.length} of ${problems.filter((p) => p.domain === "code").length} code problems have tests → ${out}`);
      },
    );
  },
};
