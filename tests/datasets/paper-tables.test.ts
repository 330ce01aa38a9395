import { describe, expect, it } from "vitest";
import { PAPER_BENCHMARK_PROTOCOL, PAPER_BENCHMARKS, PAPER_TABLES, paperTable, paperTableRecords, paperValue } from "../../src/datasets/paper-tables.js";

/** Signed differences printed in a note, e.g. "+2.1, +3.7, …, +82 Elo" → [2.1, 3.7, …, 82]. */
function numbersIn(note: string): number[] {
  return [...note.replace(/−/g, "-").matchAll(/[+-]\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

describe("paper tables (paper-reported numbers)", () => {
  it("are six tables, all labelled paper-reported, every numeric cell a number or null", () => {
    expect(PAPER_TABLES.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const t of PAPER_TABLES) {
      expect(t.label).toBe("paper-reported");
      for (const r of t.rows) {
        for (const c of t.columns) {
          const v = r.cells[c.key];
          if (c.kind === "number") expect(v === null || (typeof v === "number" && Number.isFinite(v)), `T${t.number} ${r.label} ${c.key}`).toBe(true);
          else expect(v === null || typeof v === "string").toBe(true);
        }
      }
    }
  });

  it("bold cells are the best value of their column (ties allowed), as printed", () => {
    for (const t of PAPER_TABLES) {
      for (const r of t.rows) {
        for (const key of r.bold) {
          const col = t.columns.find((c) => c.key === key)!;
          const values = t.rows.map((x) => x.cells[key]).filter((v): v is number => typeof v === "number");
          const best = col.better === "lower" ? Math.min(...values) : Math.max(...values);
          expect(r.cells[key], `T${t.number} ${r.label} ${key}`).toBe(best);
        }
      }
    }
  });

  it.each([
    [1, "Qwen3-4B-Thinking-2507 (base)", "PromptCoT 2.0"],
    [2, "Qwen3-30B-A3B-Thinking-2507 (base)", "PromptCoT 2.0"],
    [4, "PromptCoT 2.0 (full)", "− cold-start"],
    [4, "PromptCoT 2.0 (full)", "− EM"],
    [6, "Ring-Lite-2506", "PromptCoT 2.0"],
  ] as const)("Table %i: the gains/drops in the notes equal %s → %s", (number, from, to) => {
    const t = paperTable(number);
    const a = t.rows.find((r) => r.label === from)!;
    const b = t.rows.find((r) => r.label === to)!;
    const cols = t.columns.map((c) => c.key);
    const diffs = cols.map((c) => Math.round(((b.cells[c] as number) - (a.cells[c] as number)) * 10) / 10);
    const note = t.notes.find((n) => (number === 4 ? n.includes(to === "− EM" ? "without EM" : "without cold-start") : /Gains/.test(n)))!;
    const printed = number === 4 ? numbersIn(note.split(to === "− EM" ? "without EM:" : "without cold-start:")[1]!.split(";")[0]!) : numbersIn(note);
    expect(printed).toEqual(diffs);
  });

  it("looks values up by table, row and column", () => {
    expect(paperValue(1, "Qwen3-4B-Thinking-2507 (base)", "Codeforces Elo")).toBe(1852);
    expect(paperValue(2, "PromptCoT 2.0", "AIME 24")).toBe(92.1);
    expect(paperValue(3, "PromptCoT 2.0", "Size")).toBe(4.77);
    expect(paperValue(3, "PromptCoT 2.0", "Teacher")).toBeUndefined();
    expect(paperValue(1, "nobody", "AIME 24")).toBeUndefined();
    expect(() => paperTable(7)).toThrow(/expected 1 \| 2/);
    expect(paperTableRecords(6)[1]).toEqual({ source: "paper-reported", table: "Table 6", row: "PromptCoT 2.0", "AIME 24": 79.8, "AIME 25": 70.4, "LCB v5": 62.7 });
  });

  it("the benchmark protocol matches §3.1 (sizes and sample counts)", () => {
    expect(PAPER_BENCHMARKS.map((b) => [PAPER_BENCHMARK_PROTOCOL[b].problems, PAPER_BENCHMARK_PROTOCOL[b].samples])).toEqual([[30, 16], [30, 16], [30, 16], [279, 1], [131, 1], [408, 8]]);
  });
});
