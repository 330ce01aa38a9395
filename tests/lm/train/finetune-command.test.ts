import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finetuneCommand } from "../../../src/cli/commands/finetune.js";
import { PROMPTS, smallModel, tempDir } from "../serve/test-server.js";

describe("promptcot finetune", () => {
  it("trains a config role with its trainer from a JSONL file", async () => {
    const dir = tempDir("ft-cli-");
    await (await smallModel()).save(join(dir, "p.eplm"));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ name: "t", models: { generator: { backend: "embedded", file: "p.eplm", trainer: { kind: "embedded" } } } }));
    writeFileSync(join(dir, "rows.jsonl"), PROMPTS.map((p) => JSON.stringify({ prompt: p, completion: "Problem: count the primes.\n" })).join("\n") + "\n");
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(" "));
    try {
      expect(await finetuneCommand.run(["--config", join(dir, "c.json"), "--role", "generator", "--data", join(dir, "rows.jsonl"), "--lr", "2e-6", "--work-dir", dir])).toBe(0);
    } finally {
      console.log = log;
    }
    expect(lines.some((l) => /^trained \S+ \(embedded-kn4\)/.test(l))).toBe(true);
    expect(JSON.parse(lines.at(-1)!)).toHaveProperty("train_nll_per_token");
  });
  it("names a bad row's file, line and field", async () => {
    const dir = tempDir("ft-cli-");
    await (await smallModel()).save(join(dir, "p.eplm"));
    writeFileSync(join(dir, "c.json"), JSON.stringify({ name: "t", models: { generator: { backend: "embedded", file: "p.eplm" } } }));
    writeFileSync(join(dir, "rows.jsonl"), `${JSON.stringify({ prompt: "a", completion: "b" })}\n${JSON.stringify({ prompt: "a" })}\n`);
    await expect(finetuneCommand.run(["--config", join(dir, "c.json"), "--role", "generator", "--data", join(dir, "rows.jsonl")])).rejects.toThrow(/rows\.jsonl:2 \(field completion\)/);
  });
});
