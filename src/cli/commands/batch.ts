import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../command.js";
import { parseFlags, numberFlag } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { readJsonl, writeJsonl } from "../../core/jsonl.js";
import { expectObject } from "../../core/validate.js";
import { buildBatchTransport, buildModels, loadConfig } from "../../config/index.js";
import { cacheMiddleware } from "../../lm/cache/cache-middleware.js";
import { collectingModel, DeferredToBatchError } from "../../lm/batch-jobs/batch-replay-model.js";
import { outputFilesTransport } from "../../lm/batch-jobs/output-files-transport.js";
import { runBatchJob } from "../../lm/batch-jobs/run-batch-job.js";
import type { BatchRequestLine } from "../../lm/batch-jobs/batch-lines.js";
import type { GenerateRequest } from "../../lm/generate-request.js";
import { wrapLanguageModel } from "../../lm/middleware.js";
import type { ScoreRequest } from "../../lm/score-request.js";
import { Store } from "../../store/database.js";

export const BATCH_USAGE = `usage: promptcot batch <write|run|ingest> --config FILE --role ROLE --requests FILE [options]
  write    write the role's requests as OpenAI Batch / vllm run-batch input JSONL (--out); with --db, only cache misses
  run      submit through the config's batch transport, retry failed lines, ingest into the request cache (--db)
  ingest   ingest finished output files (--output, repeatable; e.g. from vllm run-batch) into the request cache (--db)
  --requests    JSONL of generate requests ({prompt|messages, n, temperature, maxTokens, seed, …}) and score
                requests ({context, segments: [{text}]})
  --db          the run's DuckDB file holding the request cache
  --max-rounds  batches at most for run (default: the config's, else 3)`;

/** Reads a requests JSONL file: lines with `context` are score requests, the others generate requests. */
export async function readStageRequests(file: string): Promise<{ generate: GenerateRequest[]; score: ScoreRequest[] }> {
  const generate: GenerateRequest[] = [];
  const score: ScoreRequest[] = [];
  await readJsonl(file, {
    validate: (v, at) => {
      const o = expectObject(v, at);
      if (typeof o.context === "string") score.push(o as unknown as ScoreRequest);
      else generate.push(o as GenerateRequest);
      return o;
    },
  });
  return { generate, score };
}

/** `promptcot batch`: batch inference for one role of a config, through the request cache. */
export const batchCommand: Command = {
  summary: "batch inference: write OpenAI Batch / vllm run-batch files, submit them, ingest results into the request cache",
  help: BATCH_USAGE,
  async run(argv) {
    const { values, positionals } = parseFlags("batch", argv, {
      config: { type: "string" },
      role: { type: "string" },
      requests: { type: "string" },
      db: { type: "string" },
      out: { type: "string" },
      output: { type: "string", multiple: true },
      "max-rounds": { type: "string" },
    });
    const action = positionals[0];
    if (action !== "write" && action !== "run" && action !== "ingest") throw new ConfigError(undefined, "promptcot batch", `expected write, run or ingest, got ${JSON.stringify(action)}`, { remedy: BATCH_USAGE });
    for (const flag of ["config", "role", "requests"] as const) if (!values[flag]) throw new ConfigError(undefined, `--${flag}`, "required", { remedy: BATCH_USAGE });
    if (action !== "write" && !values.db) throw new ConfigError(undefined, "--db", `required for batch ${action}`, { remedy: BATCH_USAGE });
    if (action === "write" && !values.out) throw new ConfigError(undefined, "--out", "required for batch write", { remedy: BATCH_USAGE });
    if (action === "ingest" && !values.output?.length) throw new ConfigError(undefined, "--output", "required for batch ingest", { remedy: BATCH_USAGE });

    const { config } = await loadConfig(values.config!);
    const built = await buildModels(config, { workDir: await mkdtemp(join(tmpdir(), "promptcot-batch-")), only: [values.role!], file: values.config });
    await built.close();
    const settings = built.settings[values.role!];
    if (!settings) throw new ConfigError(values.config, `models.${values.role}`, "batch inference needs an openai-compatible model", { remedy: "pick a role served by vLLM/OpenAI" });
    const requests = await readStageRequests(values.requests!);
    const store = values.db ? await Store.open(values.db) : undefined;
    try {
      const cache = store ? cacheMiddleware(store) : undefined;
      if (action === "write") {
        const lines = new Map<string, BatchRequestLine>();
        const collector = wrapLanguageModel(collectingModel(settings, lines), cache ? [cache] : []);
        const swallow = (e: unknown) => {
          if (!(e instanceof DeferredToBatchError)) throw e;
        };
        for (const r of requests.generate) await collector.doGenerate(r).then(undefined, swallow);
        for (const r of requests.score) await collector.doScore(r).then(undefined, swallow);
        const n = await writeJsonl(values.out!, lines.values());
        console.log(`wrote ${n} batch lines to ${values.out}`);
        return 0;
      }
      const transport = action === "ingest" ? outputFilesTransport(values.output!) : buildBatchTransport(config.batch ?? { transport: "openai" }, settings, values.config);
      const maxRounds = action === "ingest" ? 1 : numberFlag("batch", "max-rounds", values["max-rounds"], config.batch?.maxRounds ?? 3, { integer: true, min: 1 });
      const report = await runBatchJob({
        settings,
        cache: cache!,
        transport,
        generate: requests.generate,
        score: requests.score,
        maxRounds,
        onRound: (r, s) => console.log(`round ${r}: ${s.submitted} lines, ${s.succeeded} ok, ${s.retryable} to retry, ${s.final} failed`),
        onProgress: (p) => console.log(`${p.batchId}: ${p.status}${p.total ? ` ${p.done ?? 0}/${p.total}` : ""}`),
      });
      console.log(`ingested: ${report.generateDone}/${requests.generate.length} generate, ${report.scoreDone}/${requests.score.length} score requests from ${report.lines} lines in ${report.rounds} round(s)`);
      for (const f of report.failures.slice(0, 20)) console.log(`  failed ${f.kind} ${f.request}: ${f.message.split("\n")[0]}`);
      return report.failures.length ? 1 : 0;
    } finally {
      await store?.close();
    }
  },
};
