import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTrainerLogLine, readTrainerState, summarizeTrainerState } from "../../../src/lm/train/index.js";
import { tempDir } from "../serve/test-server.js";

describe("parseTrainerLogLine", () => {
  it.each([
    ["{'loss': 1.2345, 'grad_norm': 3.2, 'learning_rate': 2e-05, 'epoch': 0.5}", { loss: 1.2345, grad_norm: 3.2, learning_rate: 2e-5, epoch: 0.5 }],
    [" 50%|█████     | 5/10 [00:03<00:03,  1.6it/s]{'loss': 0.8, 'epoch': 1.0}", { loss: 0.8, epoch: 1 }],
    ["{'train_runtime': 12.5, 'train_samples_per_second': 8.0, 'train_steps_per_second': 0.8, 'train_loss': 1.1, 'epoch': 1.0}", { train_runtime: 12.5, train_samples_per_second: 8, train_steps_per_second: 0.8, train_loss: 1.1, epoch: 1 }],
    ["{'eval_loss': nan, 'eval_runtime': 0.1}", { eval_loss: Number.NaN, eval_runtime: 0.1 }],
    ["{'loss': np.float64(0.25), 'rewards/accuracies': 0.75, 'logps/chosen': -12.5}", { loss: 0.25, "rewards/accuracies": 0.75, "logps/chosen": -12.5 }],
    ["{'grad_norm': inf, 'learning_rate': 1.5e-06}", { grad_norm: Infinity, learning_rate: 1.5e-6 }],
    ["{'model': 'qwen', 'loss': .5}", { loss: 0.5 }],
    ["INFO: loading checkpoint shards", undefined],
    ["{'model': 'qwen'}", undefined],
    ["{'loss': 0.5", undefined],
  ])("%s", (line, want) => {
    expect(parseTrainerLogLine(line)).toEqual(want);
  });
});

describe("readTrainerState", () => {
  it("reads log_history with steps and summarizes the last value of each key", async () => {
    const f = join(tempDir(), "trainer_state.json");
    writeFileSync(f, JSON.stringify({ global_step: 20, epoch: 2, log_history: [{ loss: 2, step: 10, epoch: 1 }, { loss: 1.5, eval_loss: 1.7, step: 20, epoch: 2 }, { train_loss: 1.8, step: 20, total_flos: 1e12 }] }));
    const state = await readTrainerState(f);
    expect(state.logHistory.map((r) => r.step)).toEqual([10, 20, 20]);
    expect(summarizeTrainerState(state)).toEqual({ loss: 1.5, eval_loss: 1.7, epoch: 2, train_loss: 1.8, total_flos: 1e12, global_step: 20 });
  });
  it.each([
    ["{oops", /not readable as JSON/],
    [JSON.stringify({ global_step: 1 }), /field log_history/],
    [JSON.stringify({ log_history: [{ loss: 1 }] }), /field log_history\[0\]\.step/],
  ])("names the file and field for %s", async (text, pattern) => {
    const f = join(tempDir(), "trainer_state.json");
    writeFileSync(f, text);
    await expect(readTrainerState(f)).rejects.toThrow(pattern);
    await expect(readTrainerState(f)).rejects.toThrow(f);
  });
});
