export * from "./annotate.js";
export * from "./problems-file.js";
