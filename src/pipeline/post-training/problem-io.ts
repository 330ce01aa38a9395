import type { SeedProblem } from "../../core/rows.js";
import type { BenchmarkItem } from "../../datasets/benchmarks.js";
import { readJsonl } from "../../core/jsonl.js";
import { expectObject, expectOneOf, expectString, optionalString, type Location } from "../../core/validate.js";
import { InputError } from "../../core/errors.js";
import { DOMAINS } from "../../core/rows.js";
import type { PostTrainingProblem } from "./types.js";

/** Seed problems as post-training problems (open-source-like: gold answers and reference tests). */
export function problemsFromSeeds(seeds: readonly SeedProblem[]): PostTrainingProblem[] {
  return seeds.map((s) => ({
    problemId: s.id,
    domain: s.domain,
    problem: s.problem,
    ...(s.answer !== undefined ? { answer: s.answer } : {}),
    ...(s.tests ? { tests: s.tests } : {}),
    origin: "open-source" as const,
  }));
}

/** Benchmark items (our loaders) as post-training problems; the domain follows from gold vs tests. */
export function problemsFromBenchmark(items: readonly BenchmarkItem[]): PostTrainingProblem[] {
  return items.map((b) => ({
    problemId: `${b.benchmark}/${b.itemId}`,
    domain: b.tests ? ("code" as const) : ("math" as const),
    problem: b.problem,
    ...(b.gold !== undefined ? { answer: b.gold } : {}),
    ...(b.tests ? { tests: b.tests } : {}),
    ...(typeof b.meta.fnName === "string" ? { fnName: b.meta.fnName } : {}),
    origin: "open-source" as const,
  }));
}

/** Validates one JSONL row as a PostTrainingProblem (errors name file:line and field). */
export function validatePostTrainingProblem(value: unknown, at: Location): PostTrainingProblem {
  const o = expectObject(value, at);
  const problemId = expectString(o, "problemId", at, { nonEmpty: true });
  const domain = expectOneOf(o, "domain", DOMAINS, at);
  const problem = expectString(o, "problem", at, { nonEmpty: true });
  const answer = optionalString(o, "answer", at);
  const fnName = optionalString(o, "fnName", at);
  const origin = o.origin === undefined ? undefined : expectOneOf(o, "origin", ["synthetic", "open-source"] as const, at);
  let tests: PostTrainingProblem["tests"];
  if (o.tests !== undefined) {
    if (!Array.isArray(o.tests)) throw new InputError(at.file, at.line, "tests", "expected an array of {input, output}", { remedy: "write tests as [{\"input\": \"…\", \"output\": \"…\"}]" });
    tests = o.tests.map((t, i) => {
      const obj = expectObject(t, at, `tests[${i}]`);
      return { input: expectString(obj, "input", at), output: expectString(obj, "output", at), ...(obj.kind === "functional" ? { kind: "functional" as const } : {}) };
    });
  }
  return { problemId, domain, problem, ...(answer !== undefined ? { answer } : {}), ...(tests ? { tests } : {}), ...(fnName ? { fnName } : {}), ...(origin ? { origin } : {}) };
}

/**
 * Reads post-training problems from JSONL: `{problemId, domain, problem, answer?, tests?, fnName?, origin?}`.
 *
 * @example const problems = await readPostTrainingProblems("synthetic.jsonl");
 */
export function readPostTrainingProblems(file: string): Promise<PostTrainingProblem[]> {
  return readJsonl(file, { validate: validatePostTrainingProblem });
}
