import type { Run } from "../../track/run.js";
import type { Funnel } from "./funnel.js";

/**
 * Stores a stage's output in the run: rows into run table `name` (DuckDB `table_<name>`), every funnel
 * into the shared `post_training_funnel` table, and every dropped row (with its reason) into the run's
 * drop table, so the run summary counts them.
 *
 * @example await recordStage(run, "dpo_pairs", pairs, [result.problemFunnel, result.rolloutFunnel]);
 */
export async function recordStage(run: Run, name: string, rows: readonly object[], funnels: readonly Funnel[]): Promise<void> {
  await run.table(name, rows);
  for (const f of funnels) {
    await run.table("post_training_funnel", f.rows());
    await run.drop(f.dropped);
  }
}
