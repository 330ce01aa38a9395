/** Entry point: `node --import tsx analysis/em/em-curves-main.ts [options]` (same as `promptcot em-curves`). */
import { emCurvesCommand } from "./em-curves-command.js";

emCurvesCommand.run(process.argv.slice(2)).then(
  (code) => process.exit(code ?? 0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
