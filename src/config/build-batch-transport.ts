import OpenAI from "openai";
import { ConfigError } from "../core/errors.js";
import { commandBatchTransport } from "../lm/batch-jobs/command-batch-transport.js";
import { openAIBatchTransport } from "../lm/batch-jobs/openai-batch-transport.js";
import type { BatchTransport } from "../lm/batch-jobs/batch-transport.js";
import { loadApiKey } from "../lm/openai-compatible/load-api-key.js";
import type { OpenAICompatibleSettings } from "../lm/openai-compatible/settings.js";
import type { BatchSpec } from "./config-types.js";

/**
 * The batch transport a config asks for, for one role's settings: the Files + Batches API at the
 * role's baseURL, or `vllm run-batch` (or the configured command) for the role's model.
 *
 * @example
 * const transport = buildBatchTransport(config.batch!, built.settings.generator!);
 */
export function buildBatchTransport(spec: BatchSpec, settings: OpenAICompatibleSettings, file?: string): BatchTransport {
  if (spec.transport === "openai") {
    const apiKey = loadApiKey({ apiKey: settings.apiKey, environmentVariableName: settings.apiKeyEnv ?? "OPENAI_API_KEY", description: `batch API at ${settings.baseURL}`, fallback: settings.server === "openai" ? undefined : "EMPTY" });
    return openAIBatchTransport({ client: new OpenAI({ baseURL: settings.baseURL, apiKey, maxRetries: 2 }), ...(spec.pollIntervalMs ? { pollIntervalMs: spec.pollIntervalMs } : {}) });
  }
  if (spec.transport === "command") return commandBatchTransport({ ...(spec.command ? { command: spec.command } : {}), model: settings.model });
  throw new ConfigError(file, "batch.transport", `invalid value ${JSON.stringify((spec as { transport: unknown }).transport)}`);
}
