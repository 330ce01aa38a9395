import type { LanguageModel } from "../../lm/language-model.js";
import { score } from "../../lm/batch.js";
import { jointScoreRequest } from "./sequences.js";
import type { EmPair, EmSettings } from "./types.js";
import { greedyRationales } from "./m-step.js";
import type { StepRuntime } from "./e-step.js";

/** Held-out problem NLL (nats): with the greedy rationale from q, and with an empty rationale block. */
export interface HeldoutNll {
  /** Mean over problems of −log p(x | z, c). */
  nll: number;
  /** Total −log p(x | z, c) / total problem tokens. */
  nllPerToken: number;
  /** Mean over problems of −log p(x | c) (empty rationale block). */
  nllNoRationale: number;
  nllNoRationalePerToken: number;
  problems: number;
}

/**
 * The paper's EM diagnostic (§5.10): the NLL of generating held-out problems under p, conditioned on
 * rationales inferred by q, and without a rationale (the rationale block left empty, so the same p
 * scores x from c alone).
 */
export async function heldoutProblemNll(q: LanguageModel, p: LanguageModel, heldout: readonly EmPair[], settings: Pick<EmSettings, "maxRationaleTokens" | "concurrency">, rt: StepRuntime): Promise<HeldoutNll> {
  if (heldout.length === 0) return { nll: Number.NaN, nllPerToken: Number.NaN, nllNoRationale: Number.NaN, nllNoRationalePerToken: Number.NaN, problems: 0 };
  const { rationales } = await greedyRationales(q, heldout, settings, { ...rt, label: "held-out: greedy rationales" });
  const pairs = heldout.filter((h) => rationales.has(h.pairId));
  const requests = pairs.flatMap((pair) => [jointScoreRequest(pair, rationales.get(pair.pairId)!, `${pair.pairId}#z`), jointScoreRequest(pair, "", `${pair.pairId}#none`)]);
  let withZ = 0;
  let withZTokens = 0;
  let none = 0;
  let noneTokens = 0;
  let n = 0;
  for await (const s of score(p, requests, { concurrency: settings.concurrency, signal: rt.signal })) {
    if (s.ok === false) throw new Error(`held-out scoring failed for ${requests[s.index]!.id}: ${s.message}`);
    const x = s.result.segments[1]!;
    if (s.index % 2 === 0) {
      withZ += -x.logprob;
      withZTokens += x.tokens;
      n++;
    } else {
      none += -x.logprob;
      noneTokens += x.tokens;
    }
  }
  return { nll: withZ / n, nllPerToken: withZ / withZTokens, nllNoRationale: none / n, nllNoRationalePerToken: none / noneTokens, problems: n };
}
