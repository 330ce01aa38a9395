export * from "./eval-benchmarks.js";
export * from "./eval-request.js";
export * from "./grade-sample.js";
export * from "./codeforces-rating.js";
export * from "./benchmark-metrics.js";
export * from "./paper-comparison.js";
export * from "./eval-tables.js";
export * from "./run-evaluation.js";
