import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Funnel } from "../../../src/pipeline/post-training/funnel.js";
import { recordStage } from "../../../src/pipeline/post-training/record-stage.js";
import { openRun, type OpenedRun } from "../../../src/track/open-run.js";

let dir: string;
let run: OpenedRun;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "record-stage-"));
  run = await openRun({ root: dir, name: "r", wandb: false, quiet: true });
});
afterAll(async () => {
  await run.close();
  rmSync(dir, { recursive: true, force: true });
});

function labelFunnel(): Funnel {
  const f = new Funnel("label");
  f.input(3);
  f.keep(2);
  f.drop("p3", "no_valid_votes");
  return f;
}

describe("recordStage", () => {
  it("stores rows, funnel and drops; a rerun of the stage replaces them instead of counting twice", async () => {
    const rows = [{ problemId: "p1", label: "4" }, { problemId: "p2", label: "7" }];
    await recordStage(run, "labels", rows, [labelFunnel()]);
    await recordStage(run, "labels", rows, [labelFunnel()]);
    const count = async (sql: string) => (await run.store.query<{ n: number }>(sql))[0]!.n;
    expect(await count("SELECT count(*)::INTEGER AS n FROM rt_labels")).toBe(2);
    expect(await count("SELECT count(*)::INTEGER AS n FROM rt_post_training_funnel WHERE stage = 'label'")).toBe(3);
    expect(await count("SELECT count(*)::INTEGER AS n FROM dropped_rows WHERE stage = 'label'")).toBe(1);
  });

  it("keeps other stages' records", async () => {
    const other = new Funnel("sft");
    other.input(1);
    other.drop("x", "truncated");
    await recordStage(run, "sft_rows", [], [other]);
    const n = (await run.store.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM dropped_rows WHERE stage IN ('label', 'sft')"))[0]!.n;
    expect(n).toBe(2);
  });
});
