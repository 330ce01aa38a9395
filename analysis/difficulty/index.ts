export * from "./reasoning-length.js";
export * from "./generate-all.js";
export * from "./difficulty-types.js";
export * from "./measure-difficulty.js";
export * from "./difficulty-charts.js";
