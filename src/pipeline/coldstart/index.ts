export * from "./cold-start.js";
