export * from "./paper-comparison.js";
export * from "./write-analysis-report.js";
