/**
 * Runs the analysis commands without the CLI registry:
 *   node --import tsx analysis/cli/analysis-main.ts <difficulty | distinctness | em-curves> [options]
 * (`promptcot <command>` once the commands are registered in src/cli/commands.ts.)
 */
import type { Command } from "../../src/cli/command.js";
import { emCurvesCommand } from "../em/em-curves-command.js";
import { difficultyCommand } from "./difficulty-command.js";
import { distinctnessCommand } from "./distinctness-command.js";

const COMMANDS: Readonly<Record<string, Command>> = { difficulty: difficultyCommand, distinctness: distinctnessCommand, "em-curves": emCurvesCommand };
const [name, ...argv] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command || argv.includes("--help")) {
  process.stdout.write(command ? `${command.help}\n` : `usage: analysis-main.ts <${Object.keys(COMMANDS).join(" | ")}> [options]\n`);
  process.exit(command ? 0 : 2);
}
command.run(argv).then(
  (code) => process.exit(code ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
