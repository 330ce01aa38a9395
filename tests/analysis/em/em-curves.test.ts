import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emCurveChart, readEmCurves, runEmCurves, summarizeEmCurves, type EmCurveSummary } from "../../../analysis/em/index.js";
import { loadSeedProblems, seedToTriple } from "../../../src/datasets/seed.js";
import { openRun } from "../../../src/track/open-run.js";

const dir = mkdtempSync(join(tmpdir(), "em-curves-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readEmCurves + summarizeEmCurves", () => {
  it("parses curve and seed from the keys, keeps the latest value of a rerun, and bands mean ± sd over seeds", async () => {
    const run = await openRun({ root: dir, name: "hand-logged", quiet: true, wandb: false });
    const log = (curve: string, seed: number, it: number, v: number) => run.log({ [`em-curves/${curve}/seed-${seed}/heldoutNll`]: v }, it);
    await log("full", 1, 0, 10);
    await log("full", 1, 1, 999); // superseded by the rerun below
    await log("full", 1, 1, 8);
    await log("full", 2, 0, 12);
    await log("full", 2, 1, 6);
    await log("no-e-step", 1, 1, 9);
    await log("init-no-rationale", 1, 0, 30);
    await log("init-no-rationale", 2, 0, 34);
    await run.log({ "em-curves/full/seed-1/heldoutNllPerToken": 1.5, "other/full/seed-1/heldoutNll": 5 }, 0);
    const points = await readEmCurves(run.store);
    expect(points).toHaveLength(7);
    expect(points.find((p) => p.curve === "full" && p.seed === 1 && p.iteration === 1)!.value).toBe(8);
    const s = summarizeEmCurves(points);
    const at = (curve: string, it: number) => s.find((r) => r.curve === curve && r.iteration === it)!;
    expect(at("full", 1)).toMatchObject({ seeds: 2, mean: 7, min: 6, max: 8, label: "With E-step" });
    expect(at("full", 1).sd).toBeCloseTo(Math.SQRT2, 12);
    expect(at("full", 1).lower).toBeCloseTo(7 - Math.SQRT2, 12);
    // The flat reference is drawn across every iteration of the EM curves.
    expect(at("init-no-rationale", 0).mean).toBe(32);
    expect(at("init-no-rationale", 1).mean).toBe(32);
    expect(s.map((r) => r.curve)).toEqual(["full", "full", "no-e-step", "init-no-rationale", "init-no-rationale"]);
    expect(await readEmCurves(run.store, { metric: "heldoutNllPerToken" })).toHaveLength(1);
    await run.close();
  });
});

describe("emCurveChart", () => {
  const row = (curve: EmCurveSummary["curve"], iteration: number, mean: number): EmCurveSummary => ({ curve, label: curve, metric: "heldoutNll", iteration, seeds: 3, mean, sd: 1, lower: mean - 1, upper: mean + 1, min: mean - 1, max: mean + 1 });
  const curves = [row("full", 0, 100), row("full", 1, 90), row("no-e-step", 0, 100), row("no-e-step", 1, 96), row("init-rationale", 0, 100), row("init-rationale", 1, 100)];
  it("breaks the axis when the w/o-rationale reference is far above", () => {
    const spec = emCurveChart([...curves, row("init-no-rationale", 0, 300), row("init-no-rationale", 1, 300)]);
    expect(spec.vconcat).toHaveLength(2);
  });
  it("uses one panel when the reference is close, and a log axis on request", () => {
    const close = [...curves, row("init-no-rationale", 0, 104), row("init-no-rationale", 1, 104)];
    expect(emCurveChart(close).vconcat).toBeUndefined();
    expect(JSON.stringify(emCurveChart(close, { axis: "log" }))).toContain('"type":"log"');
  });
});

describe("runEmCurves on the seed triples (embedded LM)", () => {
  it("logs the four curves for every seed and iteration; rationales lower the initial NLL", async () => {
    const triples = (await loadSeedProblems({ domain: "math" })).map(seedToTriple);
    const run = await openRun({ root: dir, name: "em-curves", quiet: true, wandb: false });
    const r = await runEmCurves({ pairs: triples.slice(0, 16), heldout: triples.slice(100, 106), seeds: [1, 2], iterations: 1, settings: { k: 2, maxRationaleTokens: 64, concurrency: 2 }, run });
    expect(Object.keys(r.seconds).sort()).toEqual(["full/seed-1", "full/seed-2", "no-e-step/seed-1", "no-e-step/seed-2"]);
    const points = await readEmCurves(run.store);
    const count = (curve: string) => points.filter((p) => p.curve === curve).length;
    expect([count("full"), count("no-e-step"), count("init-rationale"), count("init-no-rationale")]).toEqual([4, 4, 2, 2]);
    // Iteration 0 of both variants is the cold-started model: the init-with-rationale reference.
    for (const seed of [1, 2]) {
      const init = points.find((p) => p.curve === "init-rationale" && p.seed === seed)!.value;
      expect(points.find((p) => p.curve === "full" && p.seed === seed && p.iteration === 0)!.value).toBeCloseTo(init, 6);
      expect(points.find((p) => p.curve === "init-no-rationale" && p.seed === seed)!.value).toBeGreaterThan(init);
    }
    await run.close();
  });
});

describe("em-curves command (a real child process)", () => {
  it("runs the analysis and prints where the store is; the store holds the curves", async () => {
    const { execFileSync } = await import("node:child_process");
    const { Store } = await import("../../../src/store/database.js");
    const out = execFileSync(process.execPath, ["--import", "tsx", "analysis/em/em-curves-main.ts", "--root", dir, "--name", "cli", "--seeds", "4", "--iterations", "1", "--pairs", "8", "--heldout", "3", "--k", "2", "--max-rationale-tokens", "32"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const summary = JSON.parse(out.trim().split("\n").pop()!) as { store: string; seeds: number[]; variants: string[] };
    expect(summary.seeds).toEqual([4]);
    expect(summary.variants).toEqual(["full", "no-e-step"]);
    const store = await Store.open(summary.store, { readOnly: true });
    const points = await readEmCurves(store);
    expect(new Set(points.map((p) => p.curve))).toEqual(new Set(["full", "no-e-step", "init-rationale", "init-no-rationale"]));
    await store.close();
  });

  it("rejects a bad flag with the flag's name", async () => {
    const { emCurvesCommand } = await import("../../../analysis/em/index.js");
    await expect(emCurvesCommand.run(["--root", dir, "--k", "zero"])).rejects.toThrow(/--k.*invalid value "zero"/);
  });
});
