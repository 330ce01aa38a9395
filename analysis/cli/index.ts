export * from "./corpus-flags.js";
export * from "./difficulty-command.js";
export * from "./distinctness-command.js";
