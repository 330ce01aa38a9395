import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../command.js";
import { numberFlag, parseFlags } from "../args.js";
import { ConfigError } from "../../core/errors.js";
import { buildModels, loadConfig } from "../../config/index.js";
import { generateAll } from "../../lm/batch.js";

export const POOL_USAGE = `usage: promptcot pool --config FILE [--role ROLE]… [--probe N]
  Health-checks every endpoint pool of the config (roles with several endpoints) and prints one row per
  endpoint: health, circuit, in-flight, adaptive limit, successes, failures.
  --probe N   also send N one-token requests through each pool to see balancing and failover`;

/** `promptcot pool`: endpoint health and balance of a config's pools. */
export const poolCommand: Command = {
  summary: "health-check and probe the endpoint pools of a config (load balancing, failover, circuit state)",
  help: POOL_USAGE,
  async run(argv) {
    const { values } = parseFlags("pool", argv, { config: { type: "string" }, role: { type: "string", multiple: true }, probe: { type: "string" } });
    if (!values.config) throw new ConfigError(undefined, "--config", "required", { remedy: POOL_USAGE });
    const { config } = await loadConfig(values.config);
    // Pools come out of buildModels in role order, one per pooled role.
    const pooled = (role: string): boolean => {
      const s = config.models[role];
      return s !== undefined && !Array.isArray(s) && s.backend === "openai-compatible" && ((s.endpoints?.length ?? 0) > 1 || s.rpm !== undefined || s.tpm !== undefined);
    };
    const roles = Object.keys(config.models).filter((r) => pooled(r) && (!values.role || values.role.includes(r)));
    if (roles.length === 0) {
      console.log("no pooled roles in this config (a pool is a role with several endpoints)");
      return 0;
    }
    const probe = numberFlag("pool", "probe", values.probe, 0, { integer: true, min: 0 });
    const built = await buildModels(config, { workDir: await mkdtemp(join(tmpdir(), "promptcot-pool-")), only: roles, file: values.config, onPoolEvent: (role, e) => console.log(`${role}: ${JSON.stringify(e)}`) });
    let unhealthy = 0;
    try {
      for (const [i, pool] of built.pools.entries()) {
        await pool.checkHealth();
        if (probe > 0) {
          const model = built.roles[roles[i]!]![0]!;
          await generateAll(model, Array.from({ length: probe }, (_, k) => ({ prompt: `probe ${k}`, maxTokens: 1, temperature: 0 })), { concurrency: 8 }).catch((e: Error) => console.log(`probe failed: ${e.message.split("\n")[0]}`));
        }
        console.log(`${roles[i]} (${pool.modelId}):`);
        console.table(pool.stats());
        unhealthy += pool.stats().filter((s) => !s.healthy).length;
      }
    } finally {
      await built.close();
    }
    return unhealthy ? 1 : 0;
  },
};
