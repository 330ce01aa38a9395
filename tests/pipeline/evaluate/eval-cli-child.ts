// Runs `promptcot eval` in a child process (the command registry is wired by the lead; this calls the command directly).
import { evalCommand } from "../../../src/cli/commands/eval.js";

evalCommand.run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code ?? 0),
  (error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
