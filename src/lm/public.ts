/** The model layer for src/index.ts: the interface and helpers flat, each backend and tool as a namespace. */
export * from "./index.js";
export * as embedded from "./embedded/index.js";
export * as openaiCompatible from "./openai-compatible/index.js";
export * as serve from "./serve/index.js";
export * as middleware from "./middleware/index.js";
export * as cache from "./cache/index.js";
export * as batchJobs from "./batch-jobs/index.js";
export * as train from "./train/index.js";
export * as pool from "./pool/index.js";
