import type { DroppedRow } from "../../core/rows.js";

/** One line of a stage's funnel table: how many rows came in, were dropped for a reason, or kept. */
export interface FunnelRow {
  /** Stage name, e.g. "selfplay/pairs". */
  stage: string;
  /** "input", "kept", or the drop reason. */
  reason: string;
  /** Number of rows (problems, rollouts or pairs, as the stage says). */
  count: number;
}

/**
 * Counts what a stage takes in, keeps and drops; every drop has a reason and becomes a `DroppedRow`
 * for `run.drop`, so nothing leaves a stage silently. `input = kept + Σ dropped` holds when each row
 * is either kept or dropped exactly once.
 *
 * @example
 * const f = new Funnel("label"); f.input(2); f.keep(); f.drop("p2", "no_valid_votes");
 * f.rows() // [{stage:"label",reason:"input",count:2},{stage:"label",reason:"no_valid_votes",count:1},{stage:"label",reason:"kept",count:1}]
 */
export class Funnel {
  private inputs = 0;
  private kept = 0;
  private readonly counts = new Map<string, number>();
  readonly dropped: DroppedRow[] = [];

  constructor(readonly stage: string) {}

  input(n = 1): void {
    this.inputs += n;
  }

  keep(n = 1): void {
    this.kept += n;
  }

  drop(id: string, reason: string, detail?: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    this.dropped.push(detail === undefined ? { stage: this.stage, id, reason } : { stage: this.stage, id, reason, detail: detail.slice(0, 500) });
  }

  /** Drops counted by reason. */
  dropCounts(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  get keptCount(): number {
    return this.kept;
  }

  get inputCount(): number {
    return this.inputs;
  }

  /** The funnel as table rows: input first, drops by descending count, kept last. */
  rows(): FunnelRow[] {
    const drops = [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return [
      { stage: this.stage, reason: "input", count: this.inputs },
      ...drops.map(([reason, count]) => ({ stage: this.stage, reason, count })),
      { stage: this.stage, reason: "kept", count: this.kept },
    ];
  }
}
