/**
 * The PromptCoT 2.0 paper's results tables (arXiv 2509.19894v1, Tables 1–6) as typed data, labelled
 * "paper-reported": numbers copied from the paper, never measured here. Notebooks and `promptcot eval`
 * put them next to what this project measures, so a reader can tell a reproduced mechanism from
 * reproduced numbers. Percentages are in percent (avg@16 × 100, pass@1 × 100); Elo in rating points.
 * Transcribed from the project's paper notes (reference/paper.md §3.3–3.8 and §4.1).
 */

/** The six benchmark columns of Tables 1–4 (Table 6 has three of them). */
export type PaperBenchmark = "AIME 24" | "AIME 25" | "HMMT Feb 25" | "LCB v5" | "LCB v6" | "Codeforces Elo";

export const PAPER_BENCHMARKS: readonly PaperBenchmark[] = ["AIME 24", "AIME 25", "HMMT Feb 25", "LCB v5", "LCB v6", "Codeforces Elo"];

/** How each benchmark column was measured (paper §5.1–5.2; reference/paper.md §3.1). */
export const PAPER_BENCHMARK_PROTOCOL: Readonly<Record<PaperBenchmark, { problems: number; metric: string; samples: number; unit: "%" | "Elo" }>> = {
  "AIME 24": { problems: 30, metric: "avg@16: mean pass@1 over 16 samples, exact match of the final boxed answer", samples: 16, unit: "%" },
  "AIME 25": { problems: 30, metric: "avg@16", samples: 16, unit: "%" },
  "HMMT Feb 25": { problems: 30, metric: "avg@16", samples: 16, unit: "%" },
  "LCB v5": { problems: 279, metric: "pass@1 with 1 generation; a program must pass all tests (2024-08 – 2025-02)", samples: 1, unit: "%" },
  "LCB v6": { problems: 131, metric: "pass@1 with 1 generation (2025-02 – 2025-05)", samples: 1, unit: "%" },
  "Codeforces Elo": { problems: 408, metric: "Elo rating on the CodeElo set, DeepCoder protocol, up to 8 generations per problem", samples: 8, unit: "Elo" },
};

/** A cell: a number, a text (prompt source, teacher), or null for "–". */
export type PaperCell = number | string | null;

export interface PaperColumn {
  /** Column key, also its title as printed (e.g. "AIME 24"). */
  key: string;
  /** Unit of the numbers: "%", "Elo", "M prompts", "tokens", or "" for text. */
  unit: string;
  kind: "number" | "text";
  /** Which direction the paper reads as better (numbers only). */
  better?: "higher" | "lower";
}

export interface PaperRow {
  /** Row label as printed (model or corpus). */
  label: string;
  cells: Readonly<Record<string, PaperCell>>;
  /** Columns printed in bold (the paper's best value in that column). */
  bold: readonly string[];
  /** The PromptCoT 2.0 row. */
  promptcot2?: boolean;
  /** The untrained starting model of a post-training table. */
  base?: boolean;
  /** Footnote markers or remarks on the row (e.g. Table 5's † = explicit difficulty filtering). */
  note?: string;
}

export interface PaperTable {
  /** Always "paper-reported": these are the paper's numbers, not ours. */
  label: "paper-reported";
  number: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  /** What was trained or measured. */
  setting: "self-play" | "sft" | "ablation" | "iterative-sft" | "difficulty";
  /** The model the rows start from, when there is one. */
  startingModel?: string;
  /** Where it is in the paper, and in reference/paper.md. */
  paperSection: string;
  notesSection: string;
  columns: readonly PaperColumn[];
  rows: readonly PaperRow[];
  /** Remarks that go with the table (what is not specified, inferred, or oddly labelled). */
  notes: readonly string[];
}

const pct = (key: PaperBenchmark): PaperColumn => ({ key, unit: key === "Codeforces Elo" ? "Elo" : "%", kind: "number", better: "higher" });
const SIX = PAPER_BENCHMARKS.map(pct);

/** Builds a row of the six-benchmark tables from values in column order. */
function six(label: string, values: readonly number[], bold: readonly PaperBenchmark[] = [], extra: Partial<PaperRow> = {}): PaperRow {
  const cells: Record<string, PaperCell> = {};
  PAPER_BENCHMARKS.forEach((b, i) => (cells[b] = values[i]!));
  return { label, cells, bold, ...extra };
}

const ALL: readonly PaperBenchmark[] = PAPER_BENCHMARKS;

export const PAPER_TABLE_1: PaperTable = {
  label: "paper-reported",
  number: 1,
  title: "Self-play on Qwen3-4B-Thinking-2507",
  setting: "self-play",
  startingModel: "Qwen3-4B-Thinking-2507",
  paperSection: "§5 Table 1",
  notesSection: "reference/paper.md §3.3",
  columns: SIX,
  rows: [
    six("Qwen3-4B-Thinking-2507 (base)", [85.2, 81.3, 55.5, 63.8, 55.2, 1852], [], { base: true }),
    six("OpenCodeReasoning", [83.1, 78.5, 50.4, 64.4, 57.1, 1867]),
    six("OpenMathReasoning", [85.3, 83.0, 56.8, 59.7, 48.5, 1826]),
    six("OpenThoughts3", [84.7, 80.6, 54.2, 65.2, 54.4, 1846]),
    six("OpenR1", [84.6, 80.9, 56.7, 63.0, 54.6, 1829]),
    six("PromptCoT 1.0", [85.3, 81.8, 58.6, 64.5, 56.7, 1878]),
    six("PromptCoT 2.0", [87.3, 85.0, 66.5, 67.7, 61.1, 1934], ALL, { promptcot2: true }),
  ],
  notes: [
    "Gains over the base model: +2.1, +3.7, +11.0, +3.9, +5.9, +82 Elo.",
    "Baseline corpora were downsampled to sizes comparable to PromptCoT 2.0's self-play set (about 48k prompts each, inferred).",
  ],
};

export const PAPER_TABLE_2: PaperTable = {
  label: "paper-reported",
  number: 2,
  title: "Self-play on Qwen3-30B-A3B-Thinking-2507",
  setting: "self-play",
  startingModel: "Qwen3-30B-A3B-Thinking-2507",
  paperSection: "§5 Table 2",
  notesSection: "reference/paper.md §3.4",
  columns: SIX,
  rows: [
    six("Qwen3-30B-A3B-Thinking-2507 (base)", [87.7, 85.0, 71.4, 68.1, 66.0, 2044], [], { base: true }),
    six("OpenCodeReasoning", [85.0, 81.1, 64.9, 70.8, 67.4, 2048]),
    six("OpenMathReasoning", [87.9, 86.1, 72.2, 65.7, 58.4, 2022]),
    six("OpenThoughts3", [85.7, 84.7, 70.0, 68.3, 67.2, 2019]),
    six("OpenR1", [86.3, 84.9, 68.9, 68.3, 63.7, 2045]),
    six("PromptCoT 1.0", [86.8, 87.4, 72.0, 69.7, 67.8, 2051]),
    six("PromptCoT 2.0", [92.1, 89.8, 76.7, 74.2, 71.0, 2079], ALL, { promptcot2: true }),
  ],
  notes: [
    "Gains over the base model: +4.4, +4.8, +5.3, +6.1, +5.0, +35 Elo (the abstract's headline numbers).",
    "Released model: xl-zhao/PromptCoT-2.0-SelfPlay-30B-A3B (the 4B one: …-SelfPlay-4B).",
  ],
};

const SFT_META: readonly PaperColumn[] = [
  { key: "Prompt source", unit: "", kind: "text" },
  { key: "Teacher", unit: "", kind: "text" },
  { key: "Size", unit: "M prompts", kind: "number" },
  { key: "Avg response length", unit: "tokens", kind: "number", better: "lower" },
];

function sft(label: string, src: string | null, teacher: string | null, size: number | null, len: number | null, values: readonly number[], bold: readonly string[] = [], extra: Partial<PaperRow> = {}): PaperRow {
  const row = six(label, values, [], extra);
  return { ...row, cells: { "Prompt source": src, Teacher: teacher, Size: size, "Avg response length": len, ...row.cells }, bold };
}

export const PAPER_TABLE_3: PaperTable = {
  label: "paper-reported",
  number: 3,
  title: "SFT on Qwen2.5-7B-Instruct",
  setting: "sft",
  startingModel: "Qwen2.5-7B-Instruct",
  paperSection: "§5 Table 3",
  notesSection: "reference/paper.md §3.5",
  columns: [...SFT_META, ...SIX],
  rows: [
    sft("Qwen2.5-7B-Instruct", null, null, null, null, [12.8, 8.0, 2.7, 14.7, 13.7, 706], [], { base: true }),
    sft("OpenCodeReasoning", "H", "DeepSeek-R1", 0.75, 12878.9, [11.7, 7.7, 6.0, 50.5, 42.0, 1648]),
    sft("OpenMathReasoning", "H", "DeepSeek-R1", 4.92, 14407.5, [73.3, 58.1, 42.1, 9.7, 10.7, 676], ["AIME 24"]),
    sft("OpenThoughts3", "H+S", "QwQ-32B", 1.2, 18740.2, [69.6, 59.4, 38.3, 47.0, 36.6, 1630]),
    sft("OpenR1", "H", "DeepSeek-R1", 0.35, 14974.3, [55.6, 39.2, 24.6, 40.5, 32.8, 1548]),
    sft("PromptCoT 1.0", "H+S", "QwQ-32B", 1.25, 16323.5, [71.0, 60.2, 41.6, 47.8, 43.6, 1645]),
    sft("OpenThoughts3 (GPT)", "H+S", "GPT-OSS-120B (medium)", 1.2, 8967.2, [52.3, 37.3, 24.0, 22.2, 21.4, 907]),
    sft("PromptCoT 2.0", "S", "GPT-OSS-120B (medium)", 4.77, 7351.2, [73.1, 65.6, 46.5, 53.4, 48.9, 1815], ["Avg response length", "AIME 25", "HMMT Feb 25", "LCB v5", "LCB v6", "Codeforces Elo"], {
      promptcot2: true,
    }),
  ],
  notes: [
    "H = human-written prompts, S = synthetic.",
    "Baselines other than PromptCoT 1.0 are officially released checkpoints evaluated as they are (names not given).",
    "PromptCoT 2.0 is best everywhere except AIME 24, where OpenMathReasoning's 73.3 beats its 73.1.",
  ],
};

export const PAPER_TABLE_4: PaperTable = {
  label: "paper-reported",
  number: 4,
  title: "Ablation in the SFT setting (Qwen2.5-7B-Instruct)",
  setting: "ablation",
  startingModel: "Qwen2.5-7B-Instruct",
  paperSection: "§5 Table 4",
  notesSection: "reference/paper.md §3.6",
  columns: SIX,
  rows: [
    six("PromptCoT 2.0 (full)", [73.1, 65.6, 46.5, 53.4, 48.9, 1815], ALL, { promptcot2: true }),
    six("− cold-start", [72.1, 63.9, 45.3, 50.4, 43.6, 1677], [], { note: 'printed as "− Code-start" (a typo); not defined operationally in the paper' }),
    six("− EM", [69.8, 59.0, 41.3, 44.9, 44.2, 1592], [], { note: "the models after cold-start only, with no EM refinement" }),
  ],
  notes: [
    "Drops without cold-start: −1.0, −1.7, −1.2, −3.0, −5.3, −138 Elo; without EM: −3.3, −6.6, −5.2, −8.5, −4.7, −223 Elo.",
    "Data size and teacher of the ablation runs are not specified.",
  ],
};

const DIFFICULTY_COLUMNS: readonly PaperColumn[] = [
  { key: "Qwen2.5-72B-Instruct accuracy", unit: "%", kind: "number", better: "lower" },
  { key: "GPT-OSS-120B (high) avg response tokens", unit: "tokens", kind: "number", better: "higher" },
];

function difficulty(label: string, acc: number, tokens: number, extra: Partial<PaperRow> = {}): PaperRow {
  return { label, cells: { "Qwen2.5-72B-Instruct accuracy": acc, "GPT-OSS-120B (high) avg response tokens": tokens }, bold: [], ...extra };
}

const FILTERED = "† applies explicit difficulty filtering";

export const PAPER_TABLE_5: PaperTable = {
  label: "paper-reported",
  number: 5,
  title: "Difficulty of math corpora (1,000 uniformly sampled prompts each)",
  setting: "difficulty",
  paperSection: "§5.9 Table 5",
  notesSection: "reference/paper.md §4.1",
  columns: DIFFICULTY_COLUMNS,
  rows: [
    difficulty("OpenMathReasoning", 28.9, 18436.9, { note: FILTERED }),
    difficulty("OpenThoughts3", 21.3, 30053.7, { note: FILTERED }),
    difficulty("OpenR1", 32.3, 7128.3),
    difficulty("PromptCoT 1.0", 24.7, 29425.5, { note: FILTERED }),
    difficulty("PromptCoT 2.0", 18.5, 37373.3, { promptcot2: true, bold: DIFFICULTY_COLUMNS.map((c) => c.key) }),
  ],
  notes: [
    "Reference answers by GPT-OSS-120B (high); accuracy is Qwen2.5-72B-Instruct's zero-shot accuracy against them (lower = harder).",
    "Tokens are GPT-OSS-120B (high)'s mean reasoning tokens on those prompts (higher = harder).",
    "Not specified: the answer matching, Qwen2.5-72B's decoding, whether unsolved references were filtered.",
  ],
};

export const PAPER_TABLE_6: PaperTable = {
  label: "paper-reported",
  number: 6,
  title: "Self-play on Ring-Lite-2506 by iterative SFT (Appendix B)",
  setting: "iterative-sft",
  startingModel: "Ring-Lite-2506",
  paperSection: "Appendix B, Table 6",
  notesSection: "reference/paper.md §3.7",
  columns: [pct("AIME 24"), pct("AIME 25"), pct("LCB v5")],
  rows: [
    { label: "Ring-Lite-2506", cells: { "AIME 24": 76.6, "AIME 25": 69.1, "LCB v5": 60.7 }, bold: [], base: true },
    { label: "PromptCoT 2.0", cells: { "AIME 24": 79.8, "AIME 25": 70.4, "LCB v5": 62.7 }, bold: ["AIME 24", "AIME 25", "LCB v5"], promptcot2: true },
  ],
  notes: ["Gains: +3.2, +1.3, +2.0. No data size or hyperparameters are given for this run.", "LCB v5 here is the 2408–2502 window."],
};

/** All six tables, by number. */
export const PAPER_TABLES: readonly PaperTable[] = [PAPER_TABLE_1, PAPER_TABLE_2, PAPER_TABLE_3, PAPER_TABLE_4, PAPER_TABLE_5, PAPER_TABLE_6];

/**
 * One of the paper's tables by number.
 *
 * @example paperTable(2).rows.at(-1)!.cells["AIME 24"] // 92.1
 */
export function paperTable(number: number): PaperTable {
  const table = PAPER_TABLES.find((t) => t.number === number);
  if (!table) throw new RangeError(`invalid paper table: ${number} (expected 1 | 2 | 3 | 4 | 5 | 6)`);
  return table;
}

/**
 * A paper-reported number, or undefined when the table has no such row or column.
 *
 * @example paperValue(1, "Qwen3-4B-Thinking-2507 (base)", "Codeforces Elo") // 1852
 */
export function paperValue(table: number, rowLabel: string, column: string): number | undefined {
  const row = paperTable(table).rows.find((r) => r.label === rowLabel);
  const v = row?.cells[column];
  return typeof v === "number" ? v : undefined;
}

/** A table as flat records for display: `source` ("paper-reported"), `table`, `row`, then the cells. */
export function paperTableRecords(number: number): Array<Record<string, PaperCell>> {
  const t = paperTable(number);
  return t.rows.map((r) => ({ source: t.label, table: `Table ${t.number}`, row: r.label, ...r.cells }));
}
