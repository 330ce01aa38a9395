import { join } from "node:path";
import type { LanguageModel } from "../../lm/language-model.js";
import type { Run } from "../../track/run.js";
import { exportSftExamples, type ExportedFiles } from "./export-training-data.js";
import type { FunnelRow } from "./funnel.js";
import { artifactName, recordStage } from "./record-stage.js";
import type { SamplingOptions } from "./sample-responses.js";
import { buildSftExamples, sampleTeacherTraces, type SftExample, type SftOptions } from "./sft-data.js";
import type { PostTrainingProblem } from "./types.js";

/** Options of `runSftDataStage`. */
export interface SftDataStageOptions {
  teacher?: SamplingOptions;
  sft?: SftOptions;
  /** Where the JSONL files go. Default `<run.dir>/artifacts`. */
  exportDir?: string;
}

/** What `runSftDataStage` returns. */
export interface SftDataStageReport {
  examples: SftExample[];
  files: ExportedFiles;
  funnel: FunnelRow[];
}

/**
 * The `sft-data` stage in a run: one teacher trace per problem → SFT examples, stored as run tables
 * `sft_traces` and `sft_examples` (funnels, drops) and exported as `sft-trl.jsonl`, `sft-openai.jsonl`
 * and `sft-authors.jsonl` artifacts.
 *
 * @example const { examples } = await runSftDataStage(run, teacher, problems, { teacher: { temperature: 1 }, sft: { maxTokens: 16384 } });
 */
export async function runSftDataStage(run: Run, teacher: LanguageModel, problems: readonly PostTrainingProblem[], options: SftDataStageOptions = {}): Promise<SftDataStageReport> {
  const { traces, funnel: teacherFunnel } = await sampleTeacherTraces(teacher, problems, options.teacher);
  await recordStage(run, "sft_traces", traces.map((t) => ({ ...t, model: teacher.modelId })), [teacherFunnel]);
  const { examples, funnel } = await buildSftExamples(problems, traces, options.sft);
  await recordStage(run, "sft_examples", examples, [funnel]);
  const files = await exportSftExamples(examples, options.exportDir ?? join(run.dir, "artifacts"));
  for (const f of Object.values(files)) await run.artifact(f.file, { type: "jsonl", name: artifactName(run.dir, f.file) });
  await run.log({ sft_problems: problems.length, sft_examples: examples.length, sft_mean_tokens: examples.length ? examples.reduce((s, e) => s + e.tokens, 0) / examples.length : 0 });
  return { examples, files, funnel: [...teacherFunnel.rows(), ...funnel.rows()] };
}
