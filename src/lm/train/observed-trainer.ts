import type { FitOptions, Trainer } from "../trainer.js";
import { withTrainer } from "./with-trainer.js";

/**
 * A trainer that also sends every metric row to `onMetrics`, whatever the caller passes — the EM loop
 * calls `fit` without callbacks, yet a run should still record each job's losses (and mirror them to
 * W&B). The models it returns carry observed trainers too, so every later version is recorded.
 *
 * @example
 * const trainer = observeTrainer(new OpenAIFineTuneTrainer(opts), (step, m) => run.log(prefixKeys("train/p", m), step));
 */
export function observeTrainer(trainer: Trainer, onMetrics: (step: number, metrics: Record<string, number>) => void): Trainer {
  return {
    id: trainer.id,
    async fit(examples, hparams, options: FitOptions = {}) {
      const result = await trainer.fit(examples, hparams, {
        ...options,
        onMetrics: (step, metrics) => {
          onMetrics(step, metrics);
          options.onMetrics?.(step, metrics);
        },
      });
      const next = result.model.trainer;
      return next ? { ...result, model: withTrainer(result.model, observeTrainer(next, onMetrics)) } : result;
    },
  };
}
