import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedProblems } from "../../../src/datasets/seed.js";
import { trainSeedSolver } from "../../../src/pipeline/seed-solver.js";
import { Store } from "../../../src/store/database.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const CHILD = join(import.meta.dirname, "eval-cli-child.ts");
const PROBLEMS = 10;
const SAMPLES = 4;
const TOTAL = PROBLEMS * SAMPLES;

/** `promptcot serve` in a child process; counts the completions it has answered. */
class ServeChild {
  completions = 0;
  private waiters: Array<{ n: number; resolve: () => void }> = [];
  private constructor(readonly child: ChildProcess, readonly baseURL: string) {}

  static async start(modelFile: string): Promise<ServeChild> {
    // One request at a time plus a service delay: the eval is still mid-way when it is killed.
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "serve", "--model", modelFile, "--port", "0", "--name", "solver", "--delay-ms", "60"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let server: ServeChild | undefined;
    const baseURL = await new Promise<string>((resolve, reject) => {
      child.once("exit", (c) => reject(new Error(`promptcot serve exited with ${c}`)));
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const m = /listening on (\S+)/.exec(line);
        if (m) resolve(m[1]!);
        if (/^POST \/v1\/completions → 200/.test(line) && server) {
          server.completions++;
          for (const w of server.waiters.filter((x) => server!.completions >= x.n)) w.resolve();
        }
      });
    });
    server = new ServeChild(child, baseURL);
    return server;
  }

  reached(n: number): Promise<void> {
    if (this.completions >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }
}

function evalChild(baseURL: string, runs: string): { child: ChildProcess; output: Promise<{ code: number | null; signal: string | null; stdout: string }> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CHILD, "--base-url", baseURL, "--model", "solver", "--benchmarks", "fixture-aime", "--samples", String(SAMPLES), "--max-tokens", "48", "--concurrency", "1", "--runs", runs, "--name", "resume", "--quiet"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WANDB_API_KEY: "" } },
  );
  let stdout = "";
  child.stdout!.on("data", (d) => (stdout += String(d)));
  child.stderr!.on("data", (d) => (stdout += String(d)));
  return { child, output: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal, stdout }))) };
}

async function count(dbFile: string, sql: string): Promise<number> {
  const store = await Store.open(dbFile, { readOnly: true });
  try {
    return Number((await store.query<{ n: number }>(sql))[0]!.n);
  } finally {
    await store.close();
  }
}

describe("promptcot eval against promptcot serve", () => {
  let server: ServeChild;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "eval-resume-model-"));
    const file = join(dir, "solver.eplm");
    await (await trainSeedSolver(await loadSeedProblems())).save(file);
    server = await ServeChild.start(file);
  }, 60_000);
  afterAll(() => {
    server?.child.kill("SIGTERM");
  });

  it("resumes after kill -9 without redoing a finished sample, then reports against the paper", async () => {
    const runs = mkdtempSync(join(tmpdir(), "eval-resume-runs-"));
    const db = join(runs, "resume", "run.duckdb");

    const first = evalChild(server.baseURL, runs);
    // With one request in flight, item i+1's first request starts only after item i's samples are committed,
    // so by the 10th answered completion at least 2 items (8 samples) are in the cache.
    await server.reached(10);
    first.child.kill("SIGKILL");
    const killed = await first.output;
    expect(killed.signal).toBe("SIGKILL");
    const answeredBeforeKill = server.completions;

    const cached = await count(db, "SELECT count(*) AS n FROM lm_cache_samples");
    expect(cached).toBeGreaterThanOrEqual(8);
    expect(cached).toBeLessThan(TOTAL);

    const second = evalChild(server.baseURL, runs);
    const done = await second.output;
    expect(done.code, done.stdout).toBe(0);
    const m = /samples: (\d+) from the request cache, (\d+) generated/.exec(done.stdout);
    expect(m, done.stdout).not.toBeNull();
    expect(Number(m![1])).toBe(cached); // every finished sample reused…
    expect(Number(m![2])).toBe(TOTAL - cached); // …and only the missing ones generated
    expect(server.completions - answeredBeforeKill).toBe(TOTAL - cached); // the server saw exactly those requests

    expect(await count(db, "SELECT count(*) AS n FROM eval_verdicts")).toBe(TOTAL);
    expect(await count(db, "SELECT count(DISTINCT item_id) AS n FROM eval_verdicts WHERE benchmark = 'fixture-aime'")).toBe(PROBLEMS);
    expect(await count(db, "SELECT count(*) AS n FROM eval_results WHERE benchmark = 'fixture-aime' AND metric = 'avg@4'")).toBe(1);
    expect(await count(db, "SELECT count(*) AS n FROM metrics WHERE key = 'eval/fixture-aime/avg@4'")).toBeGreaterThanOrEqual(1);
    expect(done.stdout).toMatch(/fixture-aime\s+AIME 24\s+avg@4\s+10\s+\d+\.\d ± \d+\.\d %\s+85\.2\s+87\.3/);
    expect(done.stdout).toContain("paper-reported = numbers copied from the paper");

    // A third run redoes nothing: every sample from the cache and every verdict reused.
    const before = server.completions;
    const third = await evalChild(server.baseURL, runs).output;
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(`samples: ${TOTAL} from the request cache, 0 generated; verdicts: ${TOTAL} reused, 0 graded`);
    expect(server.completions).toBe(before);
  }, 120_000);
});
