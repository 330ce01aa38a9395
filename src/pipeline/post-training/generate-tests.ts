import type { TestCase } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import type { LanguageModel } from "../../lm/language-model.js";
import { parseUnitTest } from "../../prompts/unit-test-generation.js";
import { renderUnitTestGeneration } from "../../prompts/unit-test-generation.js";
import { Funnel } from "./funnel.js";
import { sampleResponses, type SamplingOptions } from "./sample-responses.js";
import type { PostTrainingProblem } from "./types.js";

/** Options of `generateUnitTests`; defaults are the authors' (Qwen3-32B, T 0.6, 16,384 tokens, 4 rounds). */
export interface GenerateTestsOptions extends Omit<SamplingOptions, "style"> {
  /** Independent calls per problem, one test each; round r uses seed `seed + r`. Default 4. */
  rounds?: number;
}

/** One model output of test generation, parsed or rejected. */
export interface TestCandidate {
  candidateId: string;
  problemId: string;
  /** 0-based round (its seed is `seed + round`). */
  round: number;
  /** "kept", "duplicate", or the parser's failure reason (no_json_block, invalid_json, …). */
  status: string;
  input?: string;
  output?: string;
  /** The raw output (kept for rejected candidates, for the drop table). */
  raw?: string;
}

/** The tests of one problem after parsing and dedup, with per-problem counts. */
export interface GeneratedTests {
  problemId: string;
  tests: TestCase[];
  /** Model calls made (= rounds). */
  calls: number;
  /** Calls whose output parsed to a test. */
  parsed: number;
  /** Parsed tests identical to an earlier one (same input and output). */
  duplicates: number;
  /** Rejections by parser reason (plus "generation_error"). */
  rejections: Record<string, number>;
}

/** Result of `generateUnitTests`: problems with ≥ 1 test, every candidate, and the funnel. */
export interface GenerateTestsResult {
  problems: GeneratedTests[];
  candidates: TestCandidate[];
  /** Funnel over problems (drop reason "no_valid_test"). */
  funnel: Funnel;
  /** Funnel over candidate tests (drop reasons: parser reasons, duplicate, generation_error). */
  candidateFunnel: Funnel;
}

/**
 * Unit-test generation for synthetic code problems (official code §3): the authors' prompt, `rounds`
 * independent calls per problem each asking for ONE stdin/stdout test in a ```json fence, strict parsing
 * (string fields only) and — unlike the authors — dedup of identical tests. Problems left with no test
 * are dropped with reason `no_valid_test`. Validate the tests with `validateUnitTests`.
 *
 * @example
 * const { problems } = await generateUnitTests(model, [{ problemId: "p1", domain: "code", problem: "Print the sum of two integers." }]);
 * problems[0]?.tests // e.g. [{ input: "1 2\n", output: "3\n", kind: "stdin" }, …] (1–4 distinct tests)
 */
export async function generateUnitTests(model: LanguageModel, problems: readonly PostTrainingProblem[], options: GenerateTestsOptions = {}): Promise<GenerateTestsResult> {
  const rounds = options.rounds ?? 4;
  const seed = options.seed ?? 0;
  const jobs = problems.flatMap((p) =>
    Array.from({ length: rounds }, (_, round) => ({ id: `${p.problemId}#${round}`, text: renderUnitTestGeneration(p.problem)[0]!.content, n: 1, seed: seed + round })),
  );
  const results = await sampleResponses(model, jobs, { temperature: 0.6, maxTokens: 16384, ...options, seed, style: "chat" });
  const funnel = new Funnel("testgen/problems");
  const candidateFunnel = new Funnel("testgen/candidates");
  const candidates: TestCandidate[] = [];
  const out: GeneratedTests[] = [];
  problems.forEach((p, pi) => {
    funnel.input();
    const seen = new Set<string>();
    const row: GeneratedTests = { problemId: p.problemId, tests: [], calls: rounds, parsed: 0, duplicates: 0, rejections: {} };
    for (let round = 0; round < rounds; round++) {
      candidateFunnel.input();
      const res = results[pi * rounds + round]!;
      const candidateId = shortId("tcand", { problemId: p.problemId, round, seed: seed + round });
      const reject = (status: string, raw?: string, detail?: string) => {
        row.rejections[status] = (row.rejections[status] ?? 0) + 1;
        candidateFunnel.drop(candidateId, status, detail ?? raw);
        candidates.push({ candidateId, problemId: p.problemId, round, status, raw });
      };
      if ("error" in res) {
        reject("generation_error", undefined, res.error);
        continue;
      }
      const raw = res.samples[0]?.text ?? "";
      const parsedTest = parseUnitTest(raw);
      if ("reason" in parsedTest) {
        reject(parsedTest.reason, raw, parsedTest.detail);
        continue;
      }
      row.parsed++;
      const test = parsedTest.value;
      const key = JSON.stringify([test.input, test.output]);
      if (seen.has(key)) {
        row.duplicates++;
        row.rejections.duplicate = (row.rejections.duplicate ?? 0) + 1;
        candidateFunnel.drop(candidateId, "duplicate");
        candidates.push({ candidateId, problemId: p.problemId, round, status: "duplicate", input: test.input, output: test.output });
        continue;
      }
      seen.add(key);
      row.tests.push(test);
      candidateFunnel.keep();
      candidates.push({ candidateId, problemId: p.problemId, round, status: "kept", input: test.input, output: test.output });
    }
    if (row.tests.length === 0) funnel.drop(p.problemId, "no_valid_test", JSON.stringify(row.rejections));
    else {
      funnel.keep();
      out.push(row);
    }
  });
  return { problems: out, candidates, funnel, candidateFunnel };
}
