import { readBatchOutputFile, mergeOutcomes } from "./batch-files.js";
import type { BatchRunResult, BatchTransport } from "./batch-transport.js";

/**
 * A transport that runs nothing: it reads output files produced elsewhere (a `vllm run-batch` on a GPU
 * node, a downloaded OpenAI output or error file) and answers with their outcomes. Lines absent from
 * them count as missing. Use it to ingest finished batches into the request cache with `runBatchJob`
 * (`maxRounds: 1`).
 *
 * @example
 * await runBatchJob({ settings, cache, generate, transport: outputFilesTransport(["out.jsonl"]), maxRounds: 1 });
 */
export function outputFilesTransport(files: readonly string[]): BatchTransport {
  return {
    name: "output-files",
    supportsUrl: () => true,
    async run(): Promise<BatchRunResult> {
      const maps = await Promise.all(files.map((f) => readBatchOutputFile(f, f)));
      return { outcomes: mergeOutcomes(...maps), batchIds: [...files] };
    },
  };
}
