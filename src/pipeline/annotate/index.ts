export * from "./annotate.js";
