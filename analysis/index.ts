export * from "./corpora/index.js";
export * from "./distinctness/index.js";
export * from "./difficulty/index.js";
export * from "./em/index.js";
export * from "./report/index.js";
export * from "./cli/index.js";
