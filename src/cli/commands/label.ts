import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { writeJsonl } from "../../core/jsonl.js";
import { runLabelStage } from "../../pipeline/post-training/index.js";
import { POST_TRAINING_FLAGS, runPostTrainingCommand, styleFlag } from "./post-training-command.js";

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
      ...POST_TRAINING_FLAGS,
      style: { type: "string" },
      samples: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "min-agreement": { type: "string" },
    });
    const style = styleFlag(values.style);
    return runPostTrainingCommand(
      "label",
      values,
      "labeller",
      ({ run, model, problems, seed }) =>
        runLabelStage(run, model, problems, {
          samples: numberFlag("label", "samples", values.samples, 8, { integer: true, min: 1 }),
          temperature: numberFlag("label", "temperature", values.temperature, 0.6, { min: 0 }),
          maxTokens: numberFlag("label", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
          minAgreement: numberFlag("label", "min-agreement", values["min-agreement"], 0, { min: 0 }),
          style,
          seed,
        }),
      async (report, { run, problems }) => {
        const out = join(run.dir, "artifacts", "labelled-problems.jsonl");
        await writeJsonl(out, report.problems);
        await run.artifact(out, { type: "jsonl" });
        console.log(`${report.problems.length} of ${problems.filter((p) => p.domain === "math").length} math problems labelled → ${out}`);
      },
    );
  },
};
