import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

describe("the public API (src/index.ts)", () => {
  it("exposes one namespace per area", () => {
    expect(Object.keys(api).sort()).toEqual(["charts", "config", "core", "datasets", "embed", "lm", "metrics", "notebook", "pipeline", "prompts", "store", "track", "verify"]);
  });

  it.each([
    ["pipeline.jobs.runSynthesisJob", api.pipeline.jobs.runSynthesisJob],
    ["pipeline.em.runEmLoop", api.pipeline.em.runEmLoop],
    ["pipeline.annotate.annotateProblems", api.pipeline.annotate.annotateProblems],
    ["pipeline.synthesize.synthesizeProblems", api.pipeline.synthesize.synthesizeProblems],
    ["lm.embedded.EmbeddedModel", api.lm.embedded.EmbeddedModel],
    ["lm.openaiCompatible.createOpenAICompatible", api.lm.openaiCompatible.createOpenAICompatible],
    ["lm.serve.startServer", api.lm.serve.startServer],
    ["lm.wrapLanguageModel", api.lm.wrapLanguageModel],
    ["track.openRun", api.track.openRun],
    ["verify.math.gradeAnswer", api.verify.math.gradeAnswer],
    ["verify.code.runProgram", api.verify.code.runProgram],
    ["config.loadConfig", api.config.loadConfig],
  ])("%s is a function", (_name, value) => {
    expect(typeof value).toBe("function");
  });
});
