/**
 * promptcot-lab's public API, one namespace per area (names inside an area are unique; across areas
 * they may repeat, e.g. `metrics.passAtK` and `pipeline.evaluate`):
 *
 *   import { lm, pipeline, track } from "promptcot-lab";
 *   const run = await track.openRun({ name: "demo" });
 *   const result = await pipeline.jobs.runSynthesisJob({ name: "demo" });
 *
 * Notebooks import the modules they use directly (tslab compiles every file an import reaches).
 */
export * as core from "./core/index.js";
export * as store from "./store/index.js";
export * as track from "./track/index.js";
export * as charts from "./charts/index.js";
export * as notebook from "./notebook/index.js";
export * as prompts from "./prompts/index.js";
export * as embed from "./embed/index.js";
export * as metrics from "./metrics/index.js";
export * as datasets from "./datasets/index.js";
export * as config from "./config/index.js";
export * as verify from "./verify/index.js";
export * as lm from "./lm/public.js";
export * as pipeline from "./pipeline/index.js";
