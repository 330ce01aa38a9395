import { readFile } from "node:fs/promises";
import { InputError } from "../../core/errors.js";

/** One metrics row from a trainer log: numeric values only (strings and booleans are dropped). */
export type MetricRow = Record<string, number>;

// `'key': value` pairs of a Python dict repr; values may be wrapped as np.float64(…) / tensor(…).
const PAIR = /'([^']+)':\s*(?:np\.float\d*\(|tensor\()?\s*(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|nan|-?inf)\)?/g;

/**
 * Parses the metrics dict that Hugging Face `Trainer` (and so TRL's `trl sft` / `trl dpo`) prints every
 * `logging_steps`: `{'loss': 1.2345, 'grad_norm': 3.2, 'learning_rate': 2e-05, 'epoch': 0.5}`. Progress
 * bars may precede it on the same line (`\r` redraws). Returns undefined for other lines.
 *
 * @example
 * parseTrainerLogLine("{'loss': 0.52, 'learning_rate': 2e-05, 'epoch': 1.0}") // { loss: 0.52, learning_rate: 0.00002, epoch: 1 }
 */
export function parseTrainerLogLine(line: string): MetricRow | undefined {
  const start = line.lastIndexOf("{'");
  if (start < 0) return undefined;
  const end = line.indexOf("}", start);
  if (end < 0) return undefined;
  const text = line.slice(start, end + 1);
  const out: MetricRow = {};
  for (const m of text.matchAll(PAIR)) {
    const v = m[2] === "nan" ? Number.NaN : m[2] === "inf" ? Infinity : m[2] === "-inf" ? -Infinity : Number(m[2]);
    out[m[1]!] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The parts of `trainer_state.json` we read. */
export interface TrainerState {
  /** Optimizer steps done. */
  globalStep: number;
  /** Epochs done (fractional). */
  epoch: number;
  /** Every logged row with its `step`. */
  logHistory: (MetricRow & { step: number })[];
}

/**
 * Reads the `trainer_state.json` a Hugging Face Trainer writes into its output (and checkpoint)
 * folders: `global_step`, `epoch` and `log_history` (one object per logging step, with `step`).
 * Throws an InputError naming the file and field when it is not one.
 */
export async function readTrainerState(file: string): Promise<TrainerState> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new InputError(file, undefined, undefined, `not readable as JSON: ${(e as Error).message}`, { remedy: "point at the trainer_state.json in the output folder" });
  }
  const obj = json as { global_step?: unknown; epoch?: unknown; log_history?: unknown };
  if (typeof obj !== "object" || obj === null || !Array.isArray(obj.log_history)) {
    throw new InputError(file, undefined, "log_history", "missing or not an array", { remedy: "this is not a Hugging Face trainer_state.json" });
  }
  const logHistory = obj.log_history.map((row: unknown, i: number) => {
    if (typeof row !== "object" || row === null) throw new InputError(file, undefined, `log_history[${i}]`, "expected an object");
    const out: MetricRow = {};
    for (const [k, v] of Object.entries(row)) if (typeof v === "number") out[k] = v;
    if (typeof out.step !== "number") throw new InputError(file, undefined, `log_history[${i}].step`, "missing step");
    return out as MetricRow & { step: number };
  });
  return { globalStep: typeof obj.global_step === "number" ? obj.global_step : (logHistory.at(-1)?.step ?? 0), epoch: typeof obj.epoch === "number" ? obj.epoch : 0, logHistory };
}

/**
 * Summary metrics of a finished run from its log history: the last value of every key (so `loss`,
 * `eval_loss`, `train_loss`, `train_runtime`, `rewards/accuracies` for DPO …), plus `global_step`.
 */
export function summarizeTrainerState(state: TrainerState): MetricRow {
  const out: MetricRow = {};
  for (const row of state.logHistory) for (const [k, v] of Object.entries(row)) if (k !== "step") out[k] = v;
  out.global_step = state.globalStep;
  return out;
}
