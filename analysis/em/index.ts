export * from "./run-em-curves.js";
export * from "./em-curves.js";
export * from "./em-curve-chart.js";
export * from "./em-curves-command.js";
