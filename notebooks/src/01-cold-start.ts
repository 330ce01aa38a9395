// %% [markdown]
// # 01 · Cold start
//
// PromptCoT 2.0 §3.2.1: concept/rationale annotation of (c, x) pairs, then supervised fitting of the
// rationale model q(z | c, x) and the prompt model p(z, x | c). Offline, the shipped seed triples are the
// annotated data and both models are the embedded n-gram LM; against real endpoints the same calls take
// `OpenAICompatibleModel`s (see notebook 10 and docs/real-models.md).

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedProblems, seedToTriple } from "./src/datasets/seed.js";
import { previewConceptExtraction } from "./src/prompts/concept-extraction.js";
import { previewRationaleAnnotation } from "./src/prompts/rationale-annotation.js";
import { renderPromptModelInput, renderPromptModelOutput, parsePromptModelOutput } from "./src/prompts/prompt-model.js";
import { EmbeddedModel } from "./src/lm/embedded/index.js";
import { renderChatPrompt } from "./src/lm/embedded/chat-prompt.js";
import { generateAll } from "./src/lm/batch.js";
import { annotateProblems } from "./src/pipeline/annotate/index.js";
import { coldStart } from "./src/pipeline/coldstart/index.js";
import { splitTriples } from "./src/pipeline/jobs/synthesis-job.js";
import { renderConceptExtraction } from "./src/prompts/concept-extraction.js";
import { renderRationaleAnnotation } from "./src/prompts/rationale-annotation.js";
import { openRun } from "./src/track/open-run.js";
import { barChart } from "./src/charts/builders.js";
import { showChart, showMarkdown, showTable } from "./src/notebook/display.js";

const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-01-"));
const run = await openRun({ root, name: "01-cold-start", config: { notebook: "01-cold-start" }, quiet: true });
const ctx = { run, store: run.store, seed: 0 };
const seeds = await loadSeedProblems();
const triples = seeds.map(seedToTriple);
showTable(triples.slice(0, 4).map((t) => ({ domain: t.domain, level: t.level, concepts: t.concepts.join("; "), problem: t.problem.slice(0, 160) })));

// %% [markdown]
// ## The annotation prompts (paper App. C and D)
// Each observed problem x gets concepts c (a Python list in a code fence, with a `Knowledge Point:` fallback)
// and a designer's rationale z (the text after `Thinking Process:`).

// %%
const example = seeds[0]!;
showMarkdown("```text\n" + previewConceptExtraction({ problem: example.problem, numConcepts: 5 }) + "\n```");
showMarkdown("```text\n" + previewRationaleAnnotation({ problem: example.problem, concepts: example.concepts, level: example.level }).slice(0, 1500) + "\n```");

// %% [markdown]
// ## Several annotators, counted
// `annotateProblems` sends both prompts to each annotator model and counts yields and parse failures per
// annotator. Here two small embedded "annotators" stand in for the paper's four instruction models: one
// answers in the expected formats, one answers a bare sentence, so its items fail at the concept step.

// %%
const sample = seeds.filter((s) => s.domain === "math").slice(0, 8);
const concepts = `\`\`\`python\n["Modular arithmetic", "Vieta's formulas", "Pigeonhole principle", "Law of cosines", "Geometric series"]\n\`\`\``;
const fit = (c: string, z: string) =>
  EmbeddedModel.fit(
    sample.flatMap((s) => [
      { prompt: renderChatPrompt(renderConceptExtraction({ problem: s.problem, numConcepts: 5 })), completion: c },
      { prompt: renderChatPrompt(renderRationaleAnnotation({ problem: s.problem, concepts: s.concepts, level: s.level })), completion: z },
    ]),
    { seed: 1 },
  );
const annotators = [
  { name: "formatted", model: await fit(concepts, "Thinking Process: Start from the modular constraint and pick a quadratic whose roots satisfy Vieta's relations."), temperature: 0 },
  { name: "chatty", model: await fit("Sure! These are some interesting concepts.", "Happy to help."), temperature: 0 },
];
const annotated = await annotateProblems(ctx, sample.map((s) => ({ id: s.id, domain: s.domain, level: s.level, problem: s.problem })), annotators, { assignment: "all" });
showTable(annotated.stats.map((s) => ({ ...s, failures: JSON.stringify(s.failures) })));

// %% [markdown]
// ## Fitting q and p
// q is trained on (c, x) → z; p on c → (z, x) with the 2.0 code's `<!-- BEGIN RATIONALE -->…<!-- END PROBLEM -->`
// layout. A held-out split (per domain, seeded) measures generalisation.

// %%
const { train, heldout } = splitTriples(triples, ["math", "code"], 0.15, 0);
const base = await EmbeddedModel.fit(train.map((t) => ({ prompt: "", completion: t.problem })), { seed: 0 });
const cold = await coldStart({ q: base, p: base }, train, { seed: 0, validation: heldout });
const metrics = [
  ...Object.entries(cold.metrics.q).map(([metric, value]) => ({ model: "q(z|c,x)", metric, value })),
  ...Object.entries(cold.metrics.p).map(([metric, value]) => ({ model: "p(z,x|c)", metric, value })),
];
showTable(metrics, { digits: 4 });
await run.log(Object.fromEntries(metrics.map((m) => [`cold-start/${m.model.startsWith("q") ? "q" : "p"}/${m.metric}`, m.value])));
await showChart(barChart(metrics.filter((m) => m.metric.includes("nll_per_token")), { x: "metric", y: "value", color: "model", title: "Cold-start NLL per token (nats)" }));

// %% [markdown]
// ## What p writes for a held-out concept set
// The embedded LM is a 4-gram model with a conditioning cache: it learns the layout and the vocabulary of
// the seed problems, not mathematics. Its outputs are word salad that keeps the structure.

// %%
const target = heldout.find((t) => t.domain === "math")!;
const [out] = await generateAll(cold.p, [{ prompt: renderPromptModelInput(target), temperature: 0.7, maxTokens: 300, seed: 1 }]);
const parsed = parsePromptModelOutput(out!.samples[0]!.text);
showMarkdown("**Input** (PromptCoT 1.0 generator prompt):\n\n```text\n" + renderPromptModelInput(target) + "```");
showMarkdown("**Output** (" + (parsed.ok === false ? `rejected: ${parsed.reason}` : "parsed") + "):\n\n```text\n" + out!.samples[0]!.text.slice(0, 1200) + "\n```");
showMarkdown("**The training target for this pair looks like:**\n\n```text\n" + renderPromptModelOutput(target.rationale, target.problem).slice(0, 800) + "\n```");
await run.close();
