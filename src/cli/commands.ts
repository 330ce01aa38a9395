import type { Command } from "./command.js";
import { annotateCommand } from "./commands/annotate.js";
import { batchCommand } from "./commands/batch.js";
import { evalCommand } from "./commands/eval.js";
import { finetuneCommand } from "./commands/finetune.js";
import { labelCommand } from "./commands/label.js";
import { poolCommand } from "./commands/pool.js";
import { seedSummaryCommand } from "./commands/seed-summary.js";
import { selfplayCommand } from "./commands/selfplay.js";
import { serveCliCommand } from "./commands/serve.js";
import { sftDataCommand } from "./commands/sft-data.js";
import { startCommand } from "./commands/start.js";
import { testgenCommand } from "./commands/testgen.js";

/** The CLI's commands, as data, in pipeline order: `promptcot --help` and the README table read this. */
export const commands: Record<string, Command> = {
  start: startCommand,
  annotate: annotateCommand,
  serve: serveCliCommand,
  label: labelCommand,
  testgen: testgenCommand,
  selfplay: selfplayCommand,
  "sft-data": sftDataCommand,
  eval: evalCommand,
  batch: batchCommand,
  finetune: finetuneCommand,
  pool: poolCommand,
  "seed-summary": seedSummaryCommand,
};
