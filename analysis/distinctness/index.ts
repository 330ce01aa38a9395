export * from "./embed-corpora.js";
export * from "./distinctness-analysis.js";
export * from "./distinctness-charts.js";
