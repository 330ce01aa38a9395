export * from "./paper-comparison.js";
export * from "./write-analysis-report.js";
export * from "./paper-charts.js";
