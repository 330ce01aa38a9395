import { readJsonl } from "../../core/jsonl.js";
import { expectObject, expectOneOf, expectString } from "../../core/validate.js";
import { DOMAINS } from "../../core/rows.js";
import { shortId } from "../../core/hash.js";
import type { ProblemToAnnotate } from "./annotate.js";

/**
 * Reads problems to annotate from JSONL: `problem` (required), `level` (required: the rationale prompt
 * needs one), `domain` ("math" | "code", default "math"), `id` (default a hash of the problem). Bad lines
 * are errors naming `file:line` and the field.
 *
 * @example await readProblemsFile("problems.jsonl") // [{ id: "x_…", domain: "math", level: "AIME", problem: "…" }]
 */
export function readProblemsFile(file: string): Promise<ProblemToAnnotate[]> {
  return readJsonl<ProblemToAnnotate>(file, {
    validate(value, at) {
      const o = expectObject(value, at);
      const problem = expectString(o, "problem", at, { nonEmpty: true });
      const level = expectString(o, "level", at, { nonEmpty: true });
      const domain = o.domain === undefined ? "math" : expectOneOf(o, "domain", DOMAINS, at);
      const id = o.id === undefined ? shortId("x", problem) : expectString(o, "id", at, { nonEmpty: true });
      return { id, domain, level, problem };
    },
  });
}
