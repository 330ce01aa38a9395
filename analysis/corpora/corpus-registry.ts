import type { CorpusSpec } from "./corpus-spec.js";

/**
 * Qwen chat-template user turn → the problem (PromptCoT SFT rows store `prompt` = user turn + assistant header).
 * Plain string functions, not a regex: measured on 480k rows (bench/analysis.bench.ts --quick), the lazy `(?s)` regex version
 * cost 57 µs a row, these string functions 6 µs (mapping and domain heuristic together).
 */
const USER_TAG = "<|im_start|>user\n";
const QWEN_USER_TURN = `CASE WHEN starts_with(prompt, '${USER_TAG}') AND strpos(prompt, '<|im_end|>') > 0
  THEN trim(substr(prompt, ${USER_TAG.length + 1}, strpos(prompt, '<|im_end|>') - ${USER_TAG.length + 1})) ELSE prompt END`;
/**
 * Code vs math for corpora without a domain column: code prompts of both PromptCoT releases use the
 * LiveCodeBench/stdin templates, which name standard input or ask for a Python program. A heuristic: it is recorded
 * in the spec's provenance and a corpus-level domain filter should be checked on a sample first.
 */
const CODE_MARKERS = ["standard input", "stdin", "Input format", "Input Format", "```python", "python program", "Python program"];
const CODE_HEURISTIC = (text: string) => `CASE WHEN ${CODE_MARKERS.map((m) => `contains(${text}, '${m}')`).join(" OR ")} THEN 'code' ELSE 'math' END`;

/**
 * The corpora the paper compares (§5.3, §5.8–5.9) and our own runs, with their column mappings. Column names come
 * from the datasets' cards (dataset_info features) or, for PromptCoT's SFT releases, from the official code's SFT
 * formatting (`prompt` = Qwen user turn + assistant header, `completion` = response).
 */
export const CORPORA: Readonly<Record<string, CorpusSpec>> = Object.freeze({
  "promptcot-2.0-sft": {
    name: "promptcot-2.0-sft",
    label: "PromptCoT 2.0",
    hfDataset: "xl-zhao/PromptCoT-2.0-SFT-4.8M",
    hfPath: "hf://datasets/xl-zhao/PromptCoT-2.0-SFT-4.8M@~parquet/**/*.parquet",
    format: "parquet",
    domain: "mixed",
    problem: QWEN_USER_TURN,
    rowDomain: CODE_HEURISTIC("prompt"),
    response: "completion",
    requiredColumns: ["prompt", "completion"],
    provenance:
      "prompt/completion per the official SFT formatting script (reference/official_code.md §5); the dataset card was not checked. No domain column: code vs math by a prompt-text heuristic.",
  },
  openmathreasoning: {
    name: "openmathreasoning",
    label: "OpenMathReasoning",
    hfDataset: "nvidia/OpenMathReasoning",
    hfPath: "hf://datasets/nvidia/OpenMathReasoning/data/cot-*.parquet",
    format: "parquet",
    domain: "math",
    problem: "problem",
    answer: "expected_answer",
    response: "generated_solution",
    source: "problem_source",
    requiredColumns: ["problem", "expected_answer", "generated_solution", "problem_source"],
    provenance: "dataset card features: expected_answer, problem_type, problem_source, generation_model, problem, generated_solution, inference_mode (splits cot/tir/genselect). Several solutions per problem: deduplicate on problem before sampling.",
  },
  openthoughts3: {
    name: "openthoughts3",
    label: "OpenThoughts3",
    hfDataset: "open-thoughts/OpenThoughts3-1.2M",
    hfPath: "hf://datasets/open-thoughts/OpenThoughts3-1.2M/data/train-*.parquet",
    format: "parquet",
    domain: "mixed",
    problem: "conversations[1].value",
    response: "conversations[2].value",
    rowDomain: "domain",
    source: "source",
    requiredColumns: ["conversations", "domain", "source"],
    provenance: "dataset card features: difficulty (int), source, domain (math | code | science), conversations (list of {from, value}; human turn first).",
  },
  "openr1-math": {
    name: "openr1-math",
    label: "OpenR1",
    hfDataset: "open-r1/OpenR1-Math-220k",
    hfPath: "hf://datasets/open-r1/OpenR1-Math-220k/data/train-*.parquet",
    format: "parquet",
    domain: "math",
    id: "uuid",
    problem: "problem",
    answer: "answer",
    response: "generations[1]",
    source: "source",
    requiredColumns: ["uuid", "problem", "answer", "generations", "source"],
    provenance: "dataset card features: problem, solution, answer, problem_type, question_type, source, uuid, is_reasoning_complete, generations (list), correctness_math_verify, … messages. The math half of OpenR1 (the paper's OpenR1 also has Codeforces problems).",
  },
  "promptcot-1.0": {
    name: "promptcot-1.0",
    label: "PromptCoT 1.0",
    hfDataset: "xl-zhao/PromptCoT-DS-Dataset",
    hfPath: "hf://datasets/xl-zhao/PromptCoT-DS-Dataset/train.jsonl",
    format: "jsonl",
    domain: "mixed",
    problem: QWEN_USER_TURN,
    rowDomain: CODE_HEURISTIC("prompt"),
    response: "completion",
    requiredColumns: ["prompt", "completion"],
    provenance: "one train.jsonl; prompt/completion as PromptCoT 1.0's train.py reads them (assumed; the card was not checked). Domain by the prompt-text heuristic.",
  },
  ours: {
    name: "ours",
    label: "promptcot-lab run",
    hfDataset: "",
    hfPath: "",
    format: "parquet",
    domain: "mixed",
    id: "problemId",
    problem: "problem",
    rowDomain: "domain",
    requiredColumns: ["problemId", "problem", "domain"],
    provenance: "our SynthesizedProblem rows (src/core/rows.ts) exported to Parquet or JSONL by a run.",
  },
} satisfies Record<string, CorpusSpec>);

/** Names of the registered corpora. */
export const CORPUS_NAMES: readonly string[] = Object.keys(CORPORA);
