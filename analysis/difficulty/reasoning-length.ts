/**
 * The reasoning part of a response: the text inside the last `<think>…</think>` block, or everything before
 * `</think>` when the opening tag was pre-filled by the chat template (Qwen3-Thinking, GPT-OSS via some servers).
 * Without `</think>` the whole response counts as reasoning (a model that does not separate them, or a truncated
 * trace). Returns the reasoning text and whether the think block was closed.
 *
 * @example reasoningText("<think>\nwork\n</think>\n\\boxed{4}") // { text: "work", closed: true }
 */
export function reasoningText(response: string): { text: string; closed: boolean } {
  const close = response.lastIndexOf("</think>");
  if (close < 0) return { text: response.replace(/^\s*<think>/, "").trim(), closed: false };
  const before = response.slice(0, close);
  const open = before.lastIndexOf("<think>");
  return { text: (open >= 0 ? before.slice(open + "<think>".length) : before).trim(), closed: true };
}
