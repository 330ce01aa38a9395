/**
 * Corpus analysis at the paper's scale: a 4.8M-row synthetic corpus in Parquet (the size of PromptCoT-2.0-SFT-4.8M),
 * written by DuckDB itself, in that corpus's schema (prompt = Qwen user turn, completion) plus typed analysis columns
 * (domain, level, reasoning_tokens). Measured: the difficulty histogram by domain × level in DuckDB (target < 10 s,
 * < 4 GiB RSS), against materialising the three columns into JS and binning in a loop; and the same corpus through the
 * corpus mapping (chat-template stripping and domain heuristic in SQL) aggregated by domain.
 * (MDS/distance matrices for 10 corpora × 100k items are in metrics.bench.ts; embedding throughput in embed.bench.ts.)
 */
import { join } from "node:path";
import { statSync } from "node:fs";
import type { Bench, BenchRow } from "./bench.js";
import { timeIt } from "./bench.js";
import { Store } from "../src/store/database.js";
import { quoteLiteral } from "../src/store/table-spec.js";
import { corpusSelectSql } from "../analysis/corpora/index.js";

/** Peak resident set size (bytes) of this process while `fn` runs, sampled every 20 ms (DuckDB's native memory included). */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number; seconds: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const { seconds, value } = await timeIt(fn);
    return { value, peak: Math.max(peak, process.memoryUsage.rss()), seconds };
  } finally {
    clearInterval(timer);
  }
}

const LEVELS = ["AMC12", "HMMT-Nov", "HMMT-Feb", "AIME", "USAJMO", "USAMO"];
const BIN = 1000; // reasoning tokens per histogram bin

const bench: Bench = async (ctx) => {
  const rows = Math.round(4_800_000 * ctx.scale);
  const file = join(ctx.tmpDir, "corpus.parquet");
  const gen = await Store.open(":memory:");
  // Code is about a quarter of the 4.8M (1.19M of 4.77M); levels and token counts from a hash of the row number.
  const levels = `[${LEVELS.map(quoteLiteral).join(", ")}]`;
  const made = await timeIt(() =>
    gen.exec(`COPY (
      SELECT
        '<|im_start|>user\n' || CASE WHEN i % 4 = 0 THEN 'Read n from standard input and print the answer for case ' ELSE 'Find the number of integers below ' END
          || i::VARCHAR || ' such that ' || md5(i::VARCHAR) || '.<|im_end|>\n<|im_start|>assistant' AS prompt,
        '\n<think>\n' || md5((i * 7)::VARCHAR) || '\n</think>\n\\boxed{' || (i % 997)::VARCHAR || '}' AS completion,
        CASE WHEN i % 4 = 0 THEN 'code' ELSE 'math' END AS domain,
        ${levels}[1 + (hash(i) % ${LEVELS.length})::INTEGER] AS level,
        (hash(i * 31) % 60000)::INTEGER AS reasoning_tokens
      FROM range(${rows}) t(i)
    ) TO ${quoteLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`),
  );
  await gen.close();
  const mib = statSync(file).size / 2 ** 20;
  ctx.log(`wrote ${rows} rows (${mib.toFixed(0)} MiB Parquet) in ${made.seconds.toFixed(1)} s`);

  const out: BenchRow[] = [];
  const rssBefore = process.memoryUsage.rss();

  // Ours: the histogram as one GROUP BY inside DuckDB; only the ~500 result rows reach JS.
  const store = await Store.open(":memory:");
  const ours = await withPeakRss(() =>
    store.query<{ domain: string; level: string; bin: number; n: number }>(
      `SELECT domain, level, (reasoning_tokens // ${BIN})::INTEGER AS bin, count(*)::INTEGER AS n
         FROM read_parquet(${quoteLiteral(file)}) GROUP BY ALL ORDER BY ALL`,
    ),
  );
  const total = ours.value.reduce((s, r) => s + r.n, 0);

  // Baseline: the three columns materialised into JS, then binned in a loop.
  const base = await withPeakRss(async () => {
    const cols = await store.queryColumns(`SELECT domain, level, reasoning_tokens FROM read_parquet(${quoteLiteral(file)})`);
    const counts = new Map<string, number>();
    const d = cols.domain!, l = cols.level!, t = cols.reasoning_tokens!;
    for (let i = 0; i < d.length; i++) {
      const key = `${d[i]}|${l[i]}|${Math.floor((t[i] as number) / BIN)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  });
  const agree = base.value.size === ours.value.length && ours.value.every((r) => base.value.get(`${r.domain}|${r.level}|${r.bin}`) === r.n);
  out.push({
    name: `difficulty histogram by domain × level over ${(rows / 1e6).toFixed(2)}M Parquet rows (DuckDB GROUP BY)`,
    value: ours.seconds,
    unit: "s",
    target: "< 10 s",
    baseline: base.seconds,
    baselineName: "columns into JS + Map loop",
    note: `${ours.value.length} cells, ${total} rows counted, results ${agree ? "agree" : "DISAGREE"}; Parquet ${mib.toFixed(0)} MiB written in ${made.seconds.toFixed(1)} s`,
  });
  const gib = (b: number) => b / 2 ** 30;
  out.push({
    name: "peak RSS during the DuckDB histogram (whole process)",
    value: gib(ours.peak),
    unit: "GiB",
    target: "< 4 GiB",
    baseline: gib(base.peak),
    baselineName: "peak RSS of the JS baseline",
    note: `RSS before: ${gib(rssBefore).toFixed(2)} GiB`,
  });

  // The corpus mapping path: chat-template stripping and the domain heuristic run in SQL over every row.
  const mapped = await withPeakRss(() =>
    store.query<{ domain: string; n: number; chars: number }>(
      `SELECT domain, count(*)::INTEGER AS n, avg(length(problem)) AS chars
         FROM (${corpusSelectSql("promptcot-2.0-sft", { path: file, distinctProblems: false, ordered: false })}) GROUP BY ALL ORDER BY ALL`,
    ),
  );
  const code = mapped.value.find((r) => r.domain === "code")?.n ?? 0;
  out.push({
    name: "corpus mapping (PromptCoT 2.0 SFT schema → problem, domain) + count by domain",
    value: mapped.seconds,
    unit: "s",
    note: `${code} code / ${rows - code} math rows (expected ${Math.ceil(rows / 4)} code); peak RSS ${gib(mapped.peak).toFixed(2)} GiB`,
  });
  await store.close();
  return out;
};

export default bench;
