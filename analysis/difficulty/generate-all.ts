import type { LanguageModel } from "../../src/lm/language-model.js";
import type { GenerateRequest } from "../../src/lm/generate-request.js";
import type { GenerateResult } from "../../src/lm/generate-result.js";

/**
 * Runs `model.doGenerate` over `requests` with at most `concurrency` in flight and returns the results in input order;
 * a failed request becomes an `Error` in its slot (one failure never stops the batch).
 *
 * Not `generate` from src/lm/batch.ts on purpose: notebooks compile everything they import with tslab, which does not
 * enable strictNullChecks, and batch.ts narrows its `Settled` union by truthiness (`if (!s.ok)`), which only narrows
 * under strict null checks — so importing it from a notebook fails to type-check.
 *
 * @example const results = await generateAll(model, [{ prompt: "1 + 1 =" }], 4) // [GenerateResult]
 */
export async function generateAll(model: LanguageModel, requests: readonly GenerateRequest[], concurrency = 8, onProgress?: (done: number, total: number) => void): Promise<(GenerateResult | Error)[]> {
  const out = new Array<GenerateResult | Error>(requests.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const i = next++;
      try {
        out[i] = await model.doGenerate(requests[i]!);
      } catch (error) {
        out[i] = error instanceof Error ? error : new Error(String(error));
      }
      onProgress?.(++done, requests.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, worker));
  return out;
}
