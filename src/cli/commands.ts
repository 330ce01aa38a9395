import type { Command } from "./command.js";
import { seedSummaryCommand } from "./commands/seed-summary.js";
import { serveCliCommand } from "./commands/serve.js";
import { startCommand } from "./commands/start.js";

/** The CLI's commands, as data: `promptcot --help`, the README table and `npm start` read this. */
export const commands: Record<string, Command> = {
  start: startCommand,
  "seed-summary": seedSummaryCommand,
  serve: serveCliCommand,
};
