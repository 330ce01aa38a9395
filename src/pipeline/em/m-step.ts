import type { LanguageModel } from "../../lm/language-model.js";
import { generate } from "../../lm/batch.js";
import type { DroppedRow } from "../../core/rows.js";
import { rationaleRequest } from "./sequences.js";
import type { EmPair, EmSettings } from "./types.js";
import type { StepRuntime } from "./e-step.js";

/**
 * Greedy (temperature 0) rationales from q for each pair — the M-step's single-sample estimate of
 * E_q[log p(z, x | c)] (paper §3.2.2), and the z used for held-out NLL.
 */
export async function greedyRationales(q: LanguageModel, pairs: readonly EmPair[], settings: Pick<EmSettings, "maxRationaleTokens" | "concurrency">, rt: StepRuntime & { label?: string }): Promise<{ rationales: Map<string, string>; dropped: DroppedRow[] }> {
  const rationales = new Map<string, string>();
  const dropped: DroppedRow[] = [];
  const progress = rt.progress?.(rt.label ?? "m-step: greedy rationales", pairs.length);
  const requests = pairs.map((pair) => rationaleRequest(pair, { n: 1, temperature: 0, maxTokens: settings.maxRationaleTokens, seed: rt.seed }));
  for await (const s of generate(q, requests, { concurrency: settings.concurrency, signal: rt.signal })) {
    const pair = pairs[s.index]!;
    if (s.ok === true) rationales.set(pair.pairId, s.result.samples[0]!.text.trim());
    else dropped.push({ stage: "em/m-step", id: pair.pairId, reason: "generation_failed", detail: s.message });
    progress?.tick();
  }
  progress?.finish();
  return { rationales, dropped };
}
