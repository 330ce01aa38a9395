import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { runSelfPlayStage, type PassRateRule } from "../../pipeline/post-training/index.js";
import { POST_TRAINING_FLAGS, runPostTrainingCommand, styleFlag } from "./post-training-command.js";

const HELP = `  --input FILE        problems JSONL: {problemId, domain, problem, answer? (math), tests? (code), origin?}
  --base-url URL      OpenAI-compatible server of the policy (e.g. promptcot serve, vLLM)
  --model NAME        served model name
  --embedded FILE     or an embedded model file, run in process
  --style chat|prompt how prompts are sent (default chat)
  --k N               rollouts per prompt (default 8)
  --temperature T     (default 1.2)
  --max-tokens N      (default 81920)
  --rule paper|code   pass-rate window: paper drops ≥ half solved (default), code drops > half
  --max-pass-rate R   explicit ceiling instead of the rule
  --keep-unsolved     keep never-solved problems (no pairs come from them)
  --think-prefilled   the chat template pre-fills <think> (Qwen3-Thinking): restore it
  --seed N            (default 0)
  --concurrency N     requests in flight (default 8)
  --root DIR --name NAME   run folder (default runs/selfplay); pairs land in its artifacts/`;

/** `promptcot selfplay`: rollouts → rewards → filters → DPO pairs (TRL + authors' JSONL). */
export const selfplayCommand: Command = {
  summary: "sample k rollouts per problem, reward them (math grader / code sandbox) and build self-play DPO pairs",
  help: HELP,
  async run(argv) {
    const { values } = parseFlags("selfplay", argv, {
      ...POST_TRAINING_FLAGS,
      style: { type: "string" },
      k: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      rule: { type: "string" },
      "max-pass-rate": { type: "string" },
      "keep-unsolved": { type: "boolean" },
      "think-prefilled": { type: "boolean" },
      concurrency: { type: "string" },
    });
    const style = styleFlag(values.style);
    const rule = (values.rule ?? "paper") as PassRateRule;
    if (rule !== "paper" && rule !== "code") throw new ConfigError(undefined, "--rule", `invalid rule: ${values.rule} (expected paper | code)`);
    return runPostTrainingCommand(
      "selfplay",
      values,
      "policy",
      ({ run, model, problems, seed }) =>
        runSelfPlayStage(run, model, problems, {
          rollouts: {
            k: numberFlag("selfplay", "k", values.k, 8, { integer: true, min: 2 }),
            temperature: numberFlag("selfplay", "temperature", values.temperature, 1.2, { min: 0 }),
            maxTokens: numberFlag("selfplay", "max-tokens", values["max-tokens"], 81920, { integer: true, min: 1 }),
            concurrency: numberFlag("selfplay", "concurrency", values.concurrency, 8, { integer: true, min: 1 }),
            style,
            seed,
          },
          pairs: {
            rule,
            seed,
            dropNeverSolved: !values["keep-unsolved"],
            thinkPrefilled: values["think-prefilled"] ?? false,
            ...(values["max-pass-rate"] !== undefined ? { maxPassRate: numberFlag("selfplay", "max-pass-rate", values["max-pass-rate"], 0.5, { min: 0 }) } : {}),
          },
        }),
      (report) => {
        for (const f of report.funnel) console.log(`${f.stage.padEnd(24)} ${f.reason.padEnd(22)} ${f.count}`);
        console.log(`${report.pairs.length} pairs → ${report.files.trl!.file}, ${report.files.authors!.file}`);
      },
      { rule },
    );
  },
};
