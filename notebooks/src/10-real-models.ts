// %% [markdown]
// # 10 · Real models: a vLLM cluster from a config file
//
// The same cold start → EM run as `npm start`, configured by `configs/vllm-qwen.json`: the paper's roles on
// vLLM servers, with the generator p(z, x | c) and the rationale model q(z | c, x) each behind a **pool** of
// two endpoints (least-outstanding balancing, health checks, failover, circuit breaker) and trained by an
// **external command** (TRL / accelerate) whose output is served again over the OpenAI API.
//
// Here (and in CI) `promptcot serve` instances stand in for the vLLM servers: they serve the embedded
// model under the config's model names and speak the same wire format (completions, `prompt_logprobs`,
// `/health`). Only two things differ from a real cluster, and both are shown below: the endpoint URLs
// (environment variables the config reads) and the trainer command (a stand-in for `trl sft`).
// See docs/real-models.md.

// %%
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, buildModels, type BuiltModels, type OpenAICompatibleSpec, type PromptcotConfig } from "./src/config/index.js";
import { loadSeedProblems, seedToTriple } from "./src/datasets/seed.js";
import { coldStart } from "./src/pipeline/coldstart/index.js";
import { runEmLoop, type EmLoopResult, type EmPair } from "./src/pipeline/em/index.js";
import { EmbeddedModel } from "./src/lm/embedded/index.js";
import { startServer, type RunningServer } from "./src/lm/serve/index.js";
import { generateAll } from "./src/lm/batch.js";
import { generateBodies, type BatchRequestLine } from "./src/lm/batch-jobs/index.js";
import type { GenerateRequest } from "./src/lm/generate-request.js";
import type { GenerateResult } from "./src/lm/generate-result.js";
import type { LanguageModel } from "./src/lm/language-model.js";
import type { OpenAICompatibleSettings } from "./src/lm/openai-compatible/index.js";
import { renderPromptModelInput } from "./src/prompts/prompt-model.js";
import { openRun } from "./src/track/open-run.js";
import { showMarkdown, showTable } from "./src/notebook/display.js";

const root = process.env.PROMPTCOT_NOTEBOOK_RUNS ?? mkdtempSync(join(tmpdir(), "promptcot-10-"));
const run = await openRun({ root, name: "10-real-models", config: { notebook: "10-real-models" }, quiet: true });
const { config: paperConfig } = await loadConfig("configs/vllm-qwen.json", { env: {} });
showTable(
  Object.entries(paperConfig.models).flatMap(([role, specs]) =>
    (Array.isArray(specs) ? specs : [specs]).map((s) => ({
      role,
      model: s.backend === "openai-compatible" ? s.model : "embedded",
      endpoints: s.backend === "openai-compatible" ? (s.endpoints?.map((e) => e.baseURL).join(", ") ?? s.baseURL) : "",
      trainer: s.trainer ? `${s.trainer.kind}${"launcher" in s.trainer && s.trainer.launcher ? ` (${s.trainer.launcher})` : ""}` : "",
    })),
  ),
);

// %% [markdown]
// ## Stand-in cluster
// Cold-start q and p on the seed triples (embedded, as notebook 01 does), save them, and serve each on two
// `promptcot serve` endpoints under the name the config sends, `Qwen/Qwen2.5-32B`.

// %%
// tslab cannot emit declarations for some inferred top-level types, so this cell keeps its work inside a
// function and exposes explicitly typed values only.
interface Cluster {
  pairs: EmPair[];
  heldout: EmPair[];
  modelDir: string;
  servers: RunningServer[];
}
async function startCluster(): Promise<Cluster> {
  const seeds = (await loadSeedProblems({ domain: "math" })).slice(0, 48);
  const triples = seeds.map(seedToTriple);
  const train = triples.slice(0, 36);
  const heldout = triples.slice(36);
  const base = await EmbeddedModel.fit(train.map((t) => ({ prompt: "", completion: t.problem })), { seed: 0 });
  const cold = await coldStart({ q: base, p: base }, train, { seed: 0 });
  const modelDir = mkdtempSync(join(tmpdir(), "promptcot-10-models-"));
  await (cold.q as EmbeddedModel).save(join(modelDir, "q.eplm"));
  await (cold.p as EmbeddedModel).save(join(modelDir, "p.eplm"));
  const servers: RunningServer[] = [];
  for (const m of [cold.p, cold.p, cold.q, cold.q]) servers.push(await startServer({ model: m, servedName: "Qwen/Qwen2.5-32B" }));
  return { pairs: train.slice(0, 6), heldout: heldout.slice(0, 4), modelDir, servers };
}
const cluster = await startCluster();
const clusterEnv: Record<string, string> = {
  PROMPTCOT_GENERATOR_URL_0: cluster.servers[0]!.baseURL,
  PROMPTCOT_GENERATOR_URL_1: cluster.servers[1]!.baseURL,
  PROMPTCOT_RATIONALE_URL_0: cluster.servers[2]!.baseURL,
  PROMPTCOT_RATIONALE_URL_1: cluster.servers[3]!.baseURL,
};
showTable(Object.entries(clusterEnv).map(([variable, value]) => ({ variable, value })));

// %% [markdown]
// ## The config, with the CI substitutions
// URLs come from the environment. The trainer in the config runs `accelerate launch trl/scripts/sft.py` on 8
// GPUs and serves the output with `vllm serve`; here it runs `src/lm/train/trl-stand-in.ts` (reads the same
// YAML config and dataset folder, prints Trainer-style logs, writes `trainer_state.json`) and serves the
// output with `promptcot serve`. Everything else — pools, scoring with `prompt_logprobs`, middleware — is
// the config as shipped.

// %%
const config: PromptcotConfig = (await loadConfig("configs/vllm-qwen.json", { env: clusterEnv })).config;
const tsx: string[] = [process.execPath, "--import", "tsx"];
for (const [role, file] of [["generator", "p.eplm"], ["rationale", "q.eplm"]] as const) {
  const spec = config.models[role] as OpenAICompatibleSpec;
  spec.trainer = {
    kind: "external-command",
    launcher: "command",
    baseModel: join(cluster.modelDir, file),
    command: [...tsx, "src/lm/train/trl-stand-in.ts", "--config", "{config}"],
    config: { logging_steps: 1 },
    serveCommand: [...tsx, "src/lm/serve/main.ts", "--model", "{output_dir}/model.eplm", "--port", "{port}", "--name", "{name}", "--quiet"],
  };
}
const trainerLines: string[] = [];
const built: BuiltModels = await buildModels(config, { store: run.store, workDir: join(run.dir, "work"), env: clusterEnv, only: ["generator", "rationale"], onTrainerLog: (role, line) => trainerLines.push(`${role}: ${line}`),
  // Every training job's metrics go to the run (DuckDB, and W&B when WANDB_API_KEY is set).
  onTrainerMetrics: (role, step, m) => void run.log(Object.fromEntries(Object.entries(m).map(([k, v]) => [`train/${role}/${k}`, v])), step),
});
const p: LanguageModel = built.model("generator");
const q: LanguageModel = built.model("rationale");
showTable([{ role: "generator", modelId: p.modelId, provider: p.provider, trainer: p.trainer?.id }, { role: "rationale", modelId: q.modelId, provider: q.provider, trainer: q.trainer?.id }]);

// %% [markdown]
// ## Failover
// One generator endpoint goes down while requests are in flight; the pool moves them to the other and
// nothing is lost (each result is committed to the request cache as it arrives).

// %%
const probe: GenerateRequest[] = cluster.pairs.map((t, i) => ({ id: `probe-${i}`, prompt: renderPromptModelInput(t), seed: i, maxTokens: 24, temperature: 0.8 }));
const inflight: Promise<GenerateResult[]> = generateAll(p, probe, { concurrency: 6 });
await cluster.servers[1]!.close();
const probed: GenerateResult[] = await inflight;
showTable(built.pools[0]!.stats());
console.log(`${probed.length}/${probe.length} probe requests answered; request cache: ${JSON.stringify(built.cache!.stats)}`);

// %% [markdown]
// ## EM over the cluster
// `runEmLoop` is the loop of notebook 02 and `npm start`, unchanged: the E-step samples K rationales from q
// and scores them with p (`prompt_logprobs` over the wire), the trainer fits q and p through the external
// command, and each new version is served and used for the next step.

// %%
const em: EmLoopResult = await runEmLoop({ run: run, store: run.store, seed: 0 }, {
  pairs: cluster.pairs,
  heldout: cluster.heldout,
  initial: { q: q, p: p },
  iterations: 1,
  settings: { k: 4, maxRationaleTokens: 32, concurrency: 8 },
  stopRule: false,
  seed: 0,
  hooks: { wrap: built.wrap },
});
showTable(em.history.map((h) => ({ iteration: h.iteration, meanReward: h.meanReward, heldoutNllPerToken: h.heldoutNllPerToken, seconds: h.seconds })), { digits: 3 });
showTable([{ role: "q after EM", modelId: em.models.q.modelId }, { role: "p after EM", modelId: em.models.p.modelId }]);
showTable(await run.store.query("SELECT key, step, round(value, 4) AS value FROM metrics WHERE key LIKE 'train/%' ORDER BY key, step"));
showMarkdown("Trainer log (first lines):\n\n```text\n" + trainerLines.slice(0, 8).join("\n") + "\n```");

// %% [markdown]
// ## The synthesis stage as a batch
// For large runs the synthesis requests go to `vllm run-batch` (or the OpenAI Batch API) instead of the
// online servers: `runBatchJob` writes exactly the bodies the online client would send, runs them, and
// ingests the results into the request cache. These are the first lines of that batch file.

// %%
const settings: OpenAICompatibleSettings = built.settings.generator!;
const lines: BatchRequestLine[] = cluster.pairs.slice(0, 3).flatMap((t, i) => generateBodies(settings, { prompt: renderPromptModelInput(t), seed: 100 + i, maxTokens: 512, temperature: 1 }).map((b) => b.line));
showMarkdown("```json\n" + lines.map((l) => JSON.stringify({ ...l, body: { ...l.body, prompt: `${String(l.body.prompt).slice(0, 60)}…` } })).join("\n") + "\n```");

// %%
await built.close();
for (const s of cluster.servers) await s.close().catch(() => undefined);
await run.close();
