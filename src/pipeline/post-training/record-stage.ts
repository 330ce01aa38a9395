import { basename, dirname, join, relative } from "node:path";
import type { Run } from "../../track/run.js";
import type { Funnel } from "./funnel.js";
import { runTableName } from "../../track/run-tables.js";

/**
 * Stores a stage's output in the run: rows into run table `name` (DuckDB `table_<name>`), every funnel
 * into the shared `post_training_funnel` table, and every dropped row (with its reason) into the run's
 * drop table, so the run summary counts them. Rerunning a stage in the same run replaces what its earlier
 * attempt recorded there (the request cache makes the rerun cheap; appending would count rows twice).
 *
 * @example await recordStage(run, "dpo_pairs", pairs, [result.problemFunnel, result.rolloutFunnel]);
 */
export async function recordStage(run: Run, name: string, rows: readonly object[], funnels: readonly Funnel[]): Promise<void> {
  const forget = (sql: string, params: unknown[]) => run.store.exec(sql, params).catch(() => undefined); // the table may not exist yet
  await forget(`DELETE FROM ${runTableName(name)} WHERE run_id = $1`, [run.id]);
  for (const f of funnels) {
    await forget(`DELETE FROM ${runTableName("post_training_funnel")} WHERE run_id = $1 AND stage = $2`, [run.id, f.stage]);
    await forget("DELETE FROM dropped_rows WHERE run_id = $1 AND stage = $2", [run.id, f.stage]);
  }
  await run.table(name, rows);
  for (const f of funnels) {
    await run.table("post_training_funnel", f.rows());
    await run.drop(f.dropped);
  }
}

/**
 * The artifact name of an exported file: its base name when it lies in `<runDir>/artifacts`, else its
 * path below the run folder with "/" → "-" (so two exports with the same file name never overwrite
 * each other in artifacts/).
 *
 * @example artifactName("/r", "/r/toy/dpo-trl.jsonl") // "toy-dpo-trl.jsonl"
 */
export function artifactName(runDir: string, file: string): string {
  if (dirname(file) === join(runDir, "artifacts")) return basename(file);
  const rel = relative(runDir, file);
  return (rel.startsWith("..") ? basename(file) : rel).split(/[\\/]/).join("-");
}
