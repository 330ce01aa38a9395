import type { BatchOutcome, BatchRequestLine } from "./batch-lines.js";

/** Progress of one submitted batch, as the engine reports it. */
export interface BatchProgress {
  /** Engine's batch id (OpenAI `batch_…`, or the input file name for `vllm run-batch`). */
  batchId: string;
  /** Engine status: validating, in_progress, finalizing, completed, failed, expired, cancelled, running… */
  status: string;
  /** Requests finished (completed + failed) out of `total`, when the engine says. */
  done?: number;
  total?: number;
  failed?: number;
  /** Seconds since the batch was submitted. */
  elapsedSeconds: number;
}

export interface BatchRunOptions {
  signal?: AbortSignal;
  /** Called on every poll / log line with the batch's progress. */
  onProgress?: (progress: BatchProgress) => void;
  /** Called with each log line of an external engine (vllm run-batch). */
  onLog?: (line: string) => void;
}

/** What one run of a transport produced. Lines absent from `outcomes` count as "missing" (retried). */
export interface BatchRunResult {
  outcomes: Map<string, BatchOutcome>;
  /** Engine batch ids, one per submitted file. */
  batchIds: string[];
}

/**
 * Where batch lines are executed: the OpenAI Batch API (`openAIBatchTransport`), a `vllm run-batch`
 * process (`commandBatchTransport`), or output files produced elsewhere (`outputFilesTransport`).
 * A transport runs all the lines it is given to completion (or expiry) and returns their outcomes.
 */
export interface BatchTransport {
  readonly name: string;
  /** Whether lines for this API path can run here (vLLM run-batch: chat completions only). */
  supportsUrl(url: string): boolean;
  run(lines: readonly BatchRequestLine[], options?: BatchRunOptions): Promise<BatchRunResult>;
}

/** Groups lines by `url`: the OpenAI Batch API takes one endpoint per batch. */
export function groupByUrl(lines: readonly BatchRequestLine[]): Map<string, BatchRequestLine[]> {
  const groups = new Map<string, BatchRequestLine[]>();
  for (const line of lines) {
    const list = groups.get(line.url) ?? [];
    list.push(line);
    groups.set(line.url, list);
  }
  return groups;
}
