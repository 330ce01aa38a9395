import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { OpenAICompatibleModel } from "../../lm/openai-compatible/index.js";
import { runSftDataStage, tokenCounter, type SftOptions } from "../../pipeline/post-training/index.js";
import { POST_TRAINING_FLAGS, runPostTrainingCommand, styleFlag } from "./post-training-command.js";

const HELP = `  --input FILE          problems JSONL: {problemId, domain, problem, …}
  --base-url URL        OpenAI-compatible server of the teacher (e.g. vLLM serving gpt-oss-120b)
  --model NAME          served teacher name
  --embedded FILE       or an embedded model file, run in process
  --style chat|prompt   how prompts are sent (default chat)
  --format auto|harmony|think   teacher output format (default auto: convert harmony, accept think)
  --temperature T       (default 1.0)
  --max-tokens N        teacher generation limit (default 16384)
  --max-len N           drop examples with ≥ N tokens (prompt + completion + 20; default 16384)
  --tokenizer-url URL   count tokens with this server's /tokenize (the student's tokenizer, e.g. vLLM
  --tokenizer-model NAME  serving Qwen2.5-7B-Instruct); default: local cl100k_base
  --seed N              (default 0)
  --concurrency N       (default 8)
  --root DIR --name NAME   run folder (default runs/sft-data); files land in its artifacts/`;

/** `promptcot sft-data`: teacher traces → think format → filters → TRL/OpenAI/authors' SFT JSONL. */
export const sftDataCommand: Command = {
  summary: "sample one teacher trace per problem and build SFT data (harmony → <think>, validity, length cap, dedup)",
  help: HELP,
  async run(argv) {
    const { values } = parseFlags("sft-data", argv, {
      ...POST_TRAINING_FLAGS,
      style: { type: "string" },
      format: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "max-len": { type: "string" },
      "tokenizer-url": { type: "string" },
      "tokenizer-model": { type: "string" },
      concurrency: { type: "string" },
    });
    const style = styleFlag(values.style);
    const format = (values.format ?? "auto") as NonNullable<SftOptions["format"]>;
    if (!["auto", "harmony", "think"].includes(format)) throw new ConfigError(undefined, "--format", `invalid format: ${values.format} (expected auto | harmony | think)`);
    const counter = values["tokenizer-url"]
      ? tokenCounter(new OpenAICompatibleModel({ baseURL: values["tokenizer-url"], model: values["tokenizer-model"] ?? "student", countTokensWith: "server" }))
      : undefined;
    return runPostTrainingCommand(
      "sft-data",
      values,
      "teacher",
      ({ run, model, problems, seed }) =>
        runSftDataStage(run, model, problems, {
          teacher: {
            temperature: numberFlag("sft-data", "temperature", values.temperature, 1, { min: 0 }),
            maxTokens: numberFlag("sft-data", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
            concurrency: numberFlag("sft-data", "concurrency", values.concurrency, 8, { integer: true, min: 1 }),
            style,
            seed,
          },
          sft: { format, maxTokens: numberFlag("sft-data", "max-len", values["max-len"], 16384, { integer: true, min: 1 }), ...(counter ? { countTokens: counter } : {}) },
        }),
      (report) => {
        for (const f of report.funnel) console.log(`${f.stage.padEnd(16)} ${f.reason.padEnd(36)} ${f.count}`);
        console.log(`${report.examples.length} examples → ${Object.values(report.files).map((f) => f.file).join(", ")}`);
      },
      { tokenizer: values["tokenizer-url"] ? "server" : "cl100k_base" },
    );
  },
};
