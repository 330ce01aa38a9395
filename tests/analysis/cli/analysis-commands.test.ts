import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorpusFlags } from "../../../analysis/cli/index.js";
import { loadSeedProblems } from "../../../src/datasets/seed.js";
import { trainSeedSolver } from "../../../src/pipeline/seed-solver.js";
import { startServer, type RunningServer } from "../../../src/lm/serve/index.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "analysis-cli-test-"));
const fixture = (name: string) => `${name}=${join(process.cwd(), "datasets/fixtures/corpora", `${name}.jsonl`)}`;
const main = (args: string[]) => run(process.execPath, ["--import", "tsx", "analysis/cli/analysis-main.ts", ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parseCorpusFlags", () => {
  const cases: [string[], { name: string; path?: string }[]][] = [
    [["openr1-math"], [{ name: "openr1-math" }]],
    [["ours=runs/x/corpus.parquet", "openthoughts3=a=b.jsonl"], [{ name: "ours", path: "runs/x/corpus.parquet" }, { name: "openthoughts3", path: "a=b.jsonl" }]],
  ];
  for (const [input, expected] of cases) it(input.join(" "), () => expect(parseCorpusFlags("t", input)).toEqual(expected));
  it("refuses unknown keys and no corpus at all", () => {
    expect(() => parseCorpusFlags("t", ["nope=x"])).toThrow(/unknown corpus "nope"/);
    expect(() => parseCorpusFlags("t", [])).toThrow(/at least one --corpus/);
  });
});

describe("distinctness command (child process)", () => {
  it("writes a report, per-domain results and the embedder id", async () => {
    const { stdout } = await main(["distinctness", "--corpus", fixture("promptcot-2.0-sft"), "--corpus", fixture("openmathreasoning"), "--corpus", fixture("promptcot-1.0"), "--embedder", "tfidf", "--min-items", "3", "--root", dir, "--name", "dist"]);
    const out = JSON.parse(stdout.trim().split("\n").pop()!) as { report: string; embedder: string; skipped: string[]; rows: { group: string; corpus: string }[] };
    expect(existsSync(out.report)).toBe(true);
    expect(out.embedder).toMatch(/^hashed-tfidf:1024:idf-/);
    expect(out.rows.filter((r) => r.group === "math").map((r) => r.corpus).sort()).toEqual(["openmathreasoning", "promptcot-1.0", "promptcot-2.0-sft"]);
    // Only the two PromptCoT corpora have code problems: the code plot compares those two.
    expect(out.rows.filter((r) => r.group === "code").map((r) => r.corpus).sort()).toEqual(["promptcot-1.0", "promptcot-2.0-sft"]);
    expect(out.skipped).toEqual([]);
  });

  it("fails with the flag named for a bad embedder", async () => {
    const { distinctnessCommand } = await import("../../../analysis/cli/index.js");
    await expect(distinctnessCommand.run(["--corpus", fixture("openmathreasoning"), "--embedder", "bert", "--root", dir])).rejects.toThrow(/--embedder.*invalid embedder: bert/);
  });
});

describe("difficulty command against promptcot serve", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ model: await trainSeedSolver((await loadSeedProblems()).filter((s) => s.domain === "math")), servedName: "seed-solver" });
  });
  afterAll(async () => server?.close());

  it("measures two corpora and writes the run tables and report", async () => {
    const { stdout } = await main([
      "difficulty",
      "--corpus", fixture("openr1-math"),
      "--corpus", fixture("openmathreasoning"),
      "--reference-url", server.baseURL, "--reference-model", "seed-solver",
      "--solver-url", server.baseURL, "--solver-model", "seed-solver",
      "--sample", "4", "--k", "2", "--format", "prompt",
      "--reference-max-tokens", "200", "--solver-max-tokens", "200", "--reference-temperature", "0.8",
      "--root", dir, "--name", "diff",
    ]);
    const out = JSON.parse(stdout.trim().split("\n").pop()!) as { report: string; corpora: { corpus: string; sampled: number }[] };
    expect(existsSync(out.report)).toBe(true);
    expect(out.corpora.map((c) => [c.corpus, c.sampled])).toEqual([["openr1-math", 4], ["openmathreasoning", 4]]);
  });
});
