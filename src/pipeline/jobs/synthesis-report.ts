import { join } from "node:path";
import type { Run } from "../../track/run.js";
import { barChart, lineChart } from "../../charts/builders.js";
import type { VegaLiteSpec } from "../../charts/spec.js";
import { writeHtmlReport } from "../../charts/html-report.js";
import type { EmIterationMetrics } from "../em/types.js";
import type { CandidateRow, FunnelRow } from "./job-tables.js";
import type { SynthesisJobConfig } from "./synthesis-job-config.js";

/** Chart rows of the EM curves: one row per (iteration, metric) with finite values only. */
export function emCurveRows(history: readonly EmIterationMetrics[]): Array<{ iteration: number; metric: string; value: number }> {
  const pick: Array<[keyof EmIterationMetrics, string]> = [
    ["heldoutNllPerToken", "with z from q"],
    ["heldoutNllNoRationalePerToken", "without rationale"],
  ];
  return history.flatMap((h) => pick.filter(([k]) => Number.isFinite(h[k])).map(([k, metric]) => ({ iteration: h.iteration, metric, value: h[k] as number })));
}

/** The job's report: funnel, EM curves, synthesis failures and example problems; charts also as SVG/PNG in charts/. */
export async function writeSynthesisReport(
  run: Run,
  data: { funnel: readonly FunnelRow[]; em: readonly EmIterationMetrics[]; reasons: Record<string, number>; examples: readonly CandidateRow[]; audit: number; config: SynthesisJobConfig },
): Promise<string> {
  const rewards = data.em.filter((h) => Number.isFinite(h.meanReward)).map((h) => ({ iteration: h.iteration, "mean winning reward": h.meanReward }));
  const failures = Object.entries(data.reasons).map(([reason, count]) => ({ reason, count }));
  const { file } = await writeHtmlReport(join(run.dir, "report.html"), {
    title: "PromptCoT synthesis run",
    subtitle: `run ${run.name} (${run.id}) · seed ${data.config.seed} · ablation ${data.config.ablation} · ${data.config.em.iterations} EM iterations`,
    chartsDir: join(run.dir, "charts"),
    sections: [
      {
        heading: "Funnel",
        text: "Problems left after each step. Generations that did not parse (missing, empty, repeated or out-of-order tag blocks) are counted below.",
        // Domains stack to the total, so the "all" rows stay in the table only.
        chart: barChart(data.funnel.filter((f) => f.domain !== "all").map((f) => ({ ...f, step: `${f.order}. ${f.step}` })), { x: "step", y: "count", color: "domain", title: "Synthesis funnel" }),
        chartName: "funnel",
        table: { rows: data.funnel },
      },
      {
        heading: "EM: held-out NLL",
        text: "Iteration 0 is the cold-start model. z is decoded greedily from q for each held-out (c, x).",
        chart: integerX(lineChart(emCurveRows(data.em), { x: "iteration", y: "value", color: "metric", points: true, yTitle: "nats per token", title: "Held-out −log p(x | ·) per token" })),
        chartName: "em-nll",
        table: { rows: data.em.map((h) => ({ ...h })), digits: 3 },
      },
      ...(rewards.length ? [{ heading: "EM: reward", chart: integerX(lineChart(rewards, { x: "iteration", y: "mean winning reward", points: true, title: "Mean E-step reward log p(z*|c) + log p(x|z*,c) (nats)" })), chartName: "em-reward" }] : []),
      { heading: "Synthesis failures", table: { rows: failures.length ? failures : [{ reason: "(none)", count: 0 }] } },
      { heading: "Decontamination", text: `${data.audit} n-gram overlaps recorded in the contamination_audit table; benchmarks: ${data.config.benchmarks.join(", ")}.` },
      { heading: "Examples", table: { rows: data.examples.map((e) => ({ domain: e.domain, level: e.level, concepts: e.concepts.join("; "), problem: e.problem })) } },
    ],
  });
  return file;
}

/** Iterations are integers: whole-number ticks only. */
function integerX(spec: VegaLiteSpec): VegaLiteSpec {
  const encoding = (spec.encoding ?? {}) as Record<string, Record<string, unknown>>;
  if (encoding.x) encoding.x.axis = { tickMinStep: 1, format: "d" };
  return spec;
}
