export * from "./synthesize.js";
