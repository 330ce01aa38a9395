import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { openRun } from "../../track/open-run.js";
import { cacheMiddleware, formatCacheStats } from "../../lm/cache/index.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import { OpenAICompatibleModel } from "../../lm/openai-compatible/index.js";
import { openPostTrainingModel, readPostTrainingProblems, runSftDataStage, tokenCounter, type RequestStyle, type SftOptions } from "../../pipeline/post-training/index.js";

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
      input: { type: "string" },
      "base-url": { type: "string" },
      model: { type: "string" },
      embedded: { type: "string" },
      style: { type: "string" },
      format: { type: "string" },
      temperature: { type: "string" },
      "max-tokens": { type: "string" },
      "max-len": { type: "string" },
      "tokenizer-url": { type: "string" },
      "tokenizer-model": { type: "string" },
      seed: { type: "string" },
      concurrency: { type: "string" },
      root: { type: "string" },
      name: { type: "string" },
    });
    if (!values.input) throw new ConfigError(undefined, "--input", "missing problems file", { remedy: "pass --input problems.jsonl" });
    const style = (values.style ?? "chat") as RequestStyle;
    if (style !== "chat" && style !== "prompt") throw new ConfigError(undefined, "--style", `invalid style: ${values.style} (expected chat | prompt)`);
    const format = (values.format ?? "auto") as NonNullable<SftOptions["format"]>;
    if (!["auto", "harmony", "think"].includes(format)) throw new ConfigError(undefined, "--format", `invalid format: ${values.format} (expected auto | harmony | think)`);
    const problems = await readPostTrainingProblems(values.input);
    const teacher = await openPostTrainingModel({ baseURL: values["base-url"], model: values.model, embeddedFile: values.embedded }, "teacher");
    const counter = values["tokenizer-url"]
      ? tokenCounter(new OpenAICompatibleModel({ baseURL: values["tokenizer-url"], model: values["tokenizer-model"] ?? "student", countTokensWith: "server" }))
      : undefined;
    const seed = numberFlag("sft-data", "seed", values.seed, 0, { integer: true });
    const run = await openRun({ root: values.root ?? "runs", name: values.name ?? "sft-data", config: { stage: "sft-data", input: values.input, model: teacher.modelId, seed, tokenizer: values["tokenizer-url"] ? "server" : "cl100k_base" } });
    // The request cache in the run store: a rerun of the same command reuses every finished sample.
    const cache = cacheMiddleware(run.store);
    try {
      const report = await runSftDataStage(run, wrapLanguageModel(teacher, [cache]), problems, {
        teacher: {
          temperature: numberFlag("sft-data", "temperature", values.temperature, 1, { min: 0 }),
          maxTokens: numberFlag("sft-data", "max-tokens", values["max-tokens"], 16384, { integer: true, min: 1 }),
          concurrency: numberFlag("sft-data", "concurrency", values.concurrency, 8, { integer: true, min: 1 }),
          style,
          seed,
        },
        sft: { format, maxTokens: numberFlag("sft-data", "max-len", values["max-len"], 16384, { integer: true, min: 1 }), ...(counter ? { countTokens: counter } : {}) },
      });
      await cache.flush();
      console.log(formatCacheStats(cache.stats));
      for (const f of report.funnel) console.log(`${f.stage.padEnd(16)} ${f.reason.padEnd(36)} ${f.count}`);
      console.log(`${report.examples.length} examples → ${Object.values(report.files).map((f) => f.file).join(", ")}`);
      await run.close();
      return 0;
    } catch (error) {
      await run.finish({ status: "failed" });
      await run.close();
      throw error;
    }
  },
};
