import type { Bench, BenchRow } from "./bench.js";
import { timeIt } from "./bench.js";
import { Rng } from "../src/core/rng.js";
import { countTokens } from "../src/core/tokenize.js";
import type { Rollout } from "../src/core/rows.js";
import { renderQwenChatPrompt } from "../src/prompts/solving.js";
import { extractAnswer } from "../src/verify/math/extract-answer.js";
import { answersEquivalent } from "../src/verify/math/answers-equivalent.js";
import { buildDpoPairs, buildSftExamples, checkRolloutValidity, majorityVote, solvingPrompt, type PostTrainingProblem, type RolloutReward } from "../src/pipeline/post-training/index.js";

/**
 * Post-training CPU costs, each against a baseline on the same inputs in this process:
 * - majority vote (extract + equivalence clustering) vs the authors' greedy pairwise `math_equal`
 *   grouping without prepared keys (our `answersEquivalent` per comparison);
 * - DPO pair building (problem filter, pass-rate window, validity, dedup, seeded pairing) vs the
 *   validity check alone over the same rollouts;
 * - SFT example building (dedup, conversion, validity, token count) vs cl100k token counting alone.
 */
const FORMS = [["\\frac{1}{2}", "0.5", "1/2"], ["3", "3.0", "\\dfrac{6}{2}"], ["\\sqrt{2}", "2^{1/2}"], ["(1, 2)", "(1,2)"], ["7"], ["\\pi"], ["12\\%"]];

function response(answer: string, i: number): string {
  return `<think>\nStep ${i}: work it out carefully and check.\n</think>\n\nThe answer is $\\boxed{${answer}}$.`;
}

function naiveVote(texts: readonly string[]): string | undefined {
  const groups: Array<{ head: string; n: number }> = [];
  for (const t of texts) {
    const a = extractAnswer(t);
    if (!a) continue;
    const g = groups.find((x) => answersEquivalent(a, x.head));
    if (g) g.n++;
    else groups.push({ head: a, n: 1 });
  }
  return groups.sort((x, y) => y.n - x.n)[0]?.head;
}

const bench: Bench = async (ctx) => {
  const rows: BenchRow[] = [];
  const rng = new Rng(7, "bench/post-training");
  const nVote = Math.max(50, Math.round(2000 * ctx.scale));
  const groups = Array.from({ length: nVote }, (_, p) => Array.from({ length: 8 }, (_, i) => response(rng.pick(rng.pick(FORMS)), p * 8 + i)));
  const ours = await timeIt(() => groups.map((g, p) => majorityVote(`p${p}`, g).label?.answer));
  const base = await timeIt(() => groups.map((g) => naiveVote(g)));
  const agree = ours.value.filter((a, i) => a !== undefined && base.value[i] !== undefined && answersEquivalent(a, base.value[i]!)).length;
  rows.push({ name: `majority vote, ${nVote} problems × 8`, value: nVote / ours.seconds, unit: "problems/s", baseline: nVote / base.seconds, baselineName: "greedy pairwise math_equal", note: `labels equivalent on ${agree}/${nVote}` });

  const nPairs = Math.max(50, Math.round(2000 * ctx.scale));
  const problems: PostTrainingProblem[] = Array.from({ length: nPairs }, (_, p) => ({ problemId: `p${p}`, domain: "math", problem: `Compute the value number ${p} of the sequence.`, answer: "42" }));
  const rollouts: Rollout[] = [];
  const rewards: RolloutReward[] = [];
  for (const p of problems) {
    const passes = rng.int(9);
    for (let i = 0; i < 8; i++) {
      const rolloutId = `${p.problemId}/r${i}`;
      const ok = i < passes;
      rollouts.push({ rolloutId, problemId: p.problemId, model: "bench", sampleIndex: i, temperature: 1, text: response(ok ? "42" : String(i), i), finishReason: "stop" });
      rewards.push({ rolloutId, problemId: p.problemId, verdict: ok ? "pass" : "wrong_answer", passed: ok, reward: ok ? 1 : 0 });
    }
  }
  const pairs = await timeIt(() => buildDpoPairs(problems, rollouts, rewards, { seed: 1 }));
  const validity = await timeIt(() => rollouts.filter((r) => checkRolloutValidity(r.text, "math").valid).length);
  rows.push({ name: `DPO pairs, ${rollouts.length} rollouts`, value: rollouts.length / pairs.seconds, unit: "rollouts/s", baseline: rollouts.length / validity.seconds, baselineName: "validity check alone", note: `${pairs.value.pairs.length} pairs from ${pairs.value.problemFunnel.keptCount} problems` });

  const nSft = Math.max(50, Math.round(2000 * ctx.scale));
  const sftProblems = problems.slice(0, nSft);
  const traces = sftProblems.map((p, i) => ({ problemId: p.problemId, text: i % 2 ? response("42", i) : `analysis${"Think about it. ".repeat(20)}assistantfinal$\\boxed{42}$`, finishReason: "stop" }));
  const sft = await timeIt(() => buildSftExamples(sftProblems, traces));
  const tok = await timeIt(() => traces.map((t, i) => countTokens(`${renderQwenChatPrompt(solvingPrompt(sftProblems[i]!))}\n${t.text}`)));
  rows.push({ name: `SFT examples, ${nSft} traces`, value: nSft / sft.seconds, unit: "traces/s", baseline: nSft / tok.seconds, baselineName: "cl100k token count alone", note: `${sft.value.examples.length} kept` });
  return rows;
};

export default bench;
