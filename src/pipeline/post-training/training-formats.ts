import type { ChatMessage } from "../../core/rows.js";
import { renderQwenChatPrompt } from "../../prompts/solving.js";
import type { DpoPair } from "./dpo-pairs.js";
import type { SftExample } from "./sft-data.js";

/** TRL DPO, conversational: prompt turns, then the chosen and rejected assistant turns. */
export interface TrlDpoRow {
  prompt: ChatMessage[];
  chosen: ChatMessage[];
  rejected: ChatMessage[];
}

/** The authors' pair format (`prepare_self_play_data.py`, read by OpenRLHF's DPO trainer). */
export interface AuthorsDpoRow {
  source: string;
  /** `<|im_start|>user\n{prompt}<|im_end|>\n<|im_start|>assistant` (no system turn). */
  prompt: string;
  /** `\n<think>\n…` */
  chosen: string;
  rejected: string;
}

/** TRL SFT (conversational) and OpenAI chat fine-tuning row: `{ messages }`. */
export interface MessagesRow {
  messages: ChatMessage[];
}

/** The authors' SFT format (`prepare_sft_data_code.py`): Qwen-layout prompt and `\n`-prefixed completion. */
export interface AuthorsSftRow {
  prompt: string;
  completion: string;
}

/** @example toTrlDpoRow(pair) // { prompt: [{ role: "user", … }], chosen: [{ role: "assistant", … }], rejected: [{ role: "assistant", … }] } */
export function toTrlDpoRow(pair: DpoPair): TrlDpoRow {
  return {
    prompt: [{ role: "user", content: pair.prompt }],
    chosen: [{ role: "assistant", content: pair.chosen }],
    rejected: [{ role: "assistant", content: pair.rejected }],
  };
}

export function toAuthorsDpoRow(pair: DpoPair): AuthorsDpoRow {
  return { source: pair.source, prompt: renderQwenChatPrompt(pair.prompt), chosen: `\n${pair.chosen}`, rejected: `\n${pair.rejected}` };
}

/** TRL SFT conversational row; also the OpenAI chat fine-tuning row (same shape, stricter rules). */
export function toMessagesRow(example: SftExample): MessagesRow {
  return {
    messages: [
      { role: "user", content: example.prompt },
      { role: "assistant", content: example.completion },
    ],
  };
}

export function toAuthorsSftRow(example: SftExample): AuthorsSftRow {
  return { prompt: renderQwenChatPrompt(example.prompt), completion: `\n${example.completion}` };
}
