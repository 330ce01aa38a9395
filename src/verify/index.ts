export * as math from "./math/index.js";
export * as code from "./code/index.js";
