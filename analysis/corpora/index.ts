export * from "./corpus-spec.js";
export * from "./corpus-registry.js";
export * from "./load-corpus.js";
