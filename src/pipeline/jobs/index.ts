export * from "./synthesis-job.js";
export * from "./synthesis-job-config.js";
export * from "./corpus-export.js";
export * from "./job-tables.js";
export * from "./em-models.js";
export * from "./configured-models.js";
export * from "./synthesis-report.js";
