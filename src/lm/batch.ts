import type { CallOptions, LanguageModel } from "./language-model.js";
import type { GenerateRequest } from "./generate-request.js";
import type { GenerateResult } from "./generate-result.js";
import type { ScoreRequest } from "./score-request.js";
import type { ScoreResult } from "./score-result.js";
import { errorMessage } from "../core/errors.js";

/** One settled request of a batch: its position in the input and its result or error. */
export type Settled<T> = { index: number; ok: true; result: T } | { index: number; ok: false; error: unknown; message: string };

export interface BatchOptions extends CallOptions {
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /** Called after each settled request with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs `call` over `items` with at most `concurrency` in flight and yields each result as it settles
 * (completion order). A failed request is yielded as `{ ok: false }`; it never stops the batch.
 */
export async function* settleEach<I, T>(
  items: readonly I[],
  call: (item: I, index: number) => Promise<T>,
  options: BatchOptions = {},
): AsyncGenerator<Settled<T>> {
  const limit = Math.max(1, options.concurrency ?? 8);
  const queue: Settled<T>[] = [];
  let wake: (() => void) | undefined;
  let next = 0;
  let running = 0;
  let done = 0;

  const launch = (): void => {
    while (running < limit && next < items.length && !options.signal?.aborted) {
      const index = next++;
      running++;
      call(items[index]!, index).then(
        (result) => settle({ index, ok: true, result }),
        (error: unknown) => settle({ index, ok: false, error, message: errorMessage(error) }),
      );
    }
  };
  const settle = (s: Settled<T>): void => {
    running--;
    queue.push(s);
    wake?.();
    launch();
  };

  launch();
  while (done < items.length) {
    if (queue.length === 0) {
      if (running === 0) break; // aborted: nothing more will arrive
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    const s = queue.shift()!;
    done++;
    options.onProgress?.(done, items.length);
    yield s;
  }
}

/** Generates for many requests; yields results as they arrive. */
export function generate(model: LanguageModel, requests: readonly GenerateRequest[], options: BatchOptions = {}): AsyncGenerator<Settled<GenerateResult>> {
  return settleEach(requests, (r) => model.doGenerate(r, options), options);
}

/** Scores many requests; yields results as they arrive. */
export function score(model: LanguageModel, requests: readonly ScoreRequest[], options: BatchOptions = {}): AsyncGenerator<Settled<ScoreResult>> {
  return settleEach(requests, (r) => model.doScore(r, options), options);
}

/** Collects a batch in input order; throws the first error (naming the request) unless `allowErrors`. */
async function collect<T>(it: AsyncGenerator<Settled<T>>, n: number, ids: (i: number) => string | undefined): Promise<T[]> {
  const out = new Array<T>(n);
  for await (const s of it) {
    if (s.ok === false) {
      const id = ids(s.index);
      throw new Error(`request ${id ?? `#${s.index}`} failed: ${s.message}`, { cause: s.error });
    }
    out[s.index] = s.result;
  }
  return out;
}

/** Generates for all requests and returns results in input order. */
export function generateAll(model: LanguageModel, requests: readonly GenerateRequest[], options: BatchOptions = {}): Promise<GenerateResult[]> {
  return collect(generate(model, requests, options), requests.length, (i) => requests[i]?.id);
}

/** Scores all requests and returns results in input order. */
export function scoreAll(model: LanguageModel, requests: readonly ScoreRequest[], options: BatchOptions = {}): Promise<ScoreResult[]> {
  return collect(score(model, requests, options), requests.length, (i) => requests[i]?.id);
}
