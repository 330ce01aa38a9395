// %% [markdown]
// # 05 · SFT data
//
// For the SFT setting (paper §4) a teacher (GPT-OSS-120B) answers every synthesised prompt once; the
// trace is rewritten from GPT-OSS's harmony layout into `<think>…</think>`, kept only if it ends in a
// final answer (a `\boxed{}` for math, a python code block for code), capped at 16,384 student tokens
// and deduplicated by prompt. The result is exported for TRL (`messages`), OpenAI fine-tuning
// (`{"messages": […]}`) and the authors' `prompt`/`completion` layout.
//
// Offline, the teacher is the seed solver served by `promptcot serve` on 127.0.0.1.

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems } from "./src/datasets/seed.js";
import { loadBenchmark } from "./src/datasets/benchmarks.js";
import { projectPath } from "./src/core/paths.js";
import { trainSeedSolver, seedSolutionResponse } from "./src/pipeline/seed-solver.js";
import { startServer } from "./src/lm/serve/index.js";
import { OpenAICompatibleModel } from "./src/lm/openai-compatible/index.js";
import { openRun } from "./src/track/open-run.js";
import { showTable, showChart } from "./src/notebook/display.js";
import { histogram } from "./src/charts/builders.js";
import { problemsFromSeeds, problemsFromBenchmark, runSftDataStage, buildSftExamples, exportSftExamples, harmonyToThink, tokenCounter, checkTrainingJsonl, toMessagesRow } from "./src/pipeline/post-training/index.js";

const seeds = await loadSeedProblems();
const teacherModel = await trainSeedSolver(seeds);
const server = await startServer({ model: teacherModel, servedName: "teacher" });
const teacher = new OpenAICompatibleModel({ baseURL: server.baseURL, model: "teacher" });
const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-sft-"));
const run = await openRun({ root, name: "05-sft-data", config: { notebook: "05-sft-data" }, quiet: true, wandb: false });
console.log(`teacher served at ${server.baseURL}; run folder ${run.dir}`);

// %% [markdown]
// ## Prompts: seeds and benchmark-format problems
// Six math and four code seeds, three AIME-style and two Codeforces-style fixtures, and one math seed
// repeated under another id, which the prompt dedup must drop.

// %%
const seedProblems = problemsFromSeeds([...seeds.filter((s) => s.domain === "math").slice(0, 6), ...seeds.filter((s) => s.domain === "code").slice(0, 4)]);
const bench = problemsFromBenchmark([
  ...(await loadBenchmark({ path: projectPath("datasets", "benchmarks", "aime-style.jsonl") })).slice(0, 3),
  ...(await loadBenchmark({ path: projectPath("datasets", "benchmarks", "codeforces-style.jsonl") })).slice(0, 2),
]);
const problems = [...seedProblems, ...bench, { ...seedProblems[0]!, problemId: "math-001-copy" }];
showTable(problems.map((p) => ({ problemId: p.problemId, domain: p.domain, problem: p.problem.slice(0, 80) })));

// %% [markdown]
// ## Teacher traces → SFT examples
// Token lengths are counted with the **server's** tokenizer through `/tokenize` (vLLM serves the
// student's tokenizer the same way; the authors count Qwen2.5-7B-Instruct tokens). The cap here is
// 900 tokens instead of 16,384 (and the teacher stops at 800) so that both filters have work on short traces.

// %%
const studentTokens = tokenCounter(new OpenAICompatibleModel({ baseURL: server.baseURL, model: "teacher", countTokensWith: "server" }));
const sft = await runSftDataStage(run, teacher, problems, {
  teacher: { temperature: 0.5, maxTokens: 800, seed: 0, style: "prompt", concurrency: 4 },
  sft: { maxTokens: 900, countTokens: studentTokens },
});
// The seed solver is a weak teacher: many traces lose their `</think>` or run past the limit, and
// every such drop is counted with its reason.
showTable(sft.funnel);
showTable(sft.examples.map((e) => ({ problemId: e.problemId, domain: e.domain, tokens: e.tokens, ending: e.completion.slice(-60) })));

// %% [markdown]
// ## Harmony → think
// GPT-OSS answers in the harmony layout. With special tokens skipped (how the authors decoded it) a
// response reads `analysis…assistantfinal…`; with them kept it reads
// `<|channel|>analysis<|message|>…<|end|><|start|>assistant<|channel|>final<|message|>…`. Both are
// rewritten; anything else is dropped with its reason.

// %%
const samples = [
  "analysisAdd the two numbers.assistantfinalThe sum is $\\boxed{5}$.",
  "<|channel|>analysis<|message|>Try n = 3.<|end|><|start|>assistant<|channel|>final<|message|>$\\boxed{3}$<|return|>",
  "analysis I never finish",
  "The answer is 5.",
];
showTable(samples.map((text) => {
  const r = harmonyToThink(text);
  return { input: text.slice(0, 60), result: "text" in r ? r.text.replace(/\n/g, "⏎") : `dropped: ${r.reason}` };
}));

// %% [markdown]
// The same filters on harmony-shaped traces built from the seed solutions (a stand-in for GPT-OSS output):

// %%
const harmonySeeds = seeds.slice(0, 4).concat(seeds.filter((s) => s.domain === "code").slice(0, 2));
const harmonyTraces = harmonySeeds.map((s) => {
  const think = seedSolutionResponse(s);
  const [analysis, final] = think.replace(/^<think>\n/, "").split("\n</think>\n\n");
  return { problemId: s.id, text: `analysis${analysis}assistantfinal${final}`, finishReason: "stop" };
});
// One trace loses its final marker, as a truncated GPT-OSS answer would.
harmonyTraces[1]!.text = harmonyTraces[1]!.text.replace("assistantfinal", "");
const fromHarmony = await buildSftExamples(problemsFromSeeds(harmonySeeds), harmonyTraces, { format: "harmony" });
showTable(fromHarmony.funnel.rows());
const kept = [...sft.examples.map((e) => ({ tokens: e.tokens, source: `teacher ${e.domain}` })), ...fromHarmony.examples.map((e) => ({ tokens: e.tokens, source: `harmony ${e.domain}` }))];
await showChart(histogram(kept, { field: "tokens", color: "source", title: "Kept SFT examples: prompt + completion tokens (cl100k / server)", maxBins: 10 }));

// %% [markdown]
// ## Exports
// The TRL and OpenAI files are validated after writing; here we check them again (for the teacher run
// and for the harmony-converted examples) and show one OpenAI row.

// %%
const harmonyFiles = await exportSftExamples(fromHarmony.examples, join(run.dir, "harmony"));
for (const files of [sft.files, harmonyFiles]) console.log(checkTrainingJsonl(files.trl!.file, "trl-sft"), checkTrainingJsonl(files.openai!.file, "openai-chat"));
const example = fromHarmony.examples[0]!;
console.log(JSON.stringify(toMessagesRow(example), null, 1).slice(0, 700));
showTable(await run.store.query("SELECT stage, reason, count(*)::INTEGER AS n FROM dropped_rows GROUP BY ALL ORDER BY stage, n DESC"));
await run.close();
await server.close();
