/** Why a teacher trace could not be converted to the think format. */
export type HarmonyFailure = "not_harmony" | "final_marker_count" | "empty_analysis" | "empty_final";

const SPECIAL_ANALYSIS = /^\s*(?:<\|start\|>assistant)?<\|channel\|>analysis<\|message\|>/;
const SPECIAL_FINAL = /<\|end\|>\s*<\|start\|>assistant<\|channel\|>final<\|message\|>/g;

/**
 * Rewrites a GPT-OSS harmony response as `<think>\n{analysis}\n</think>\n\n{final}` (official code §5).
 * Accepts both shapes vLLM can return: with special tokens skipped (`analysis…assistantfinal…`, the
 * authors' case: must start with "analysis" and contain "assistantfinal" exactly once,
 * case-insensitive) and with them kept (`<|channel|>analysis<|message|>…<|end|><|start|>assistant<|channel|>final<|message|>…`).
 * A trailing `<|return|>`/`<|end|>` is removed.
 *
 * @example harmonyToThink("analysisLet me add.assistantfinalThe sum is 3.") // { ok: true, text: "<think>\nLet me add.\n</think>\n\nThe sum is 3." }
 */
export function harmonyToThink(text: string): { ok: true; text: string } | { ok: false; reason: HarmonyFailure } {
  let analysis: string;
  let final: string;
  if (SPECIAL_ANALYSIS.test(text)) {
    const rest = text.replace(SPECIAL_ANALYSIS, "");
    const parts = rest.split(SPECIAL_FINAL);
    if (parts.length !== 2) return { ok: false, reason: "final_marker_count" };
    [analysis, final] = [parts[0]!, parts[1]!.replace(/<\|(?:return|end)\|>\s*$/, "")];
  } else {
    const trimmed = text.trimStart();
    if (!/^analysis/i.test(trimmed)) return { ok: false, reason: "not_harmony" };
    const parts = trimmed.slice("analysis".length).split(/assistantfinal/i);
    if (parts.length !== 2) return { ok: false, reason: "final_marker_count" };
    [analysis, final] = [parts[0]!, parts[1]!];
  }
  if (analysis.trim() === "") return { ok: false, reason: "empty_analysis" };
  if (final.trim() === "") return { ok: false, reason: "empty_final" };
  return { ok: true, text: `<think>\n${analysis.trim()}\n</think>\n\n${final.trim()}` };
}
