import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { ConfigError } from "../core/errors.js";
import type { PromptcotConfig } from "./config-types.js";
import { validateConfig } from "./validate-config.js";

/** Line and column (1-based) of a character offset. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

/**
 * Parses JSON; a syntax error becomes a ConfigError naming `file:line:col`.
 */
export function parseConfigJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const at = m ? lineCol(text, Number(m[1])) : undefined;
    throw new ConfigError(`${file}${at ? `:${at.line}:${at.col}` : ""}`, "(syntax)", (e as Error).message, { remedy: "fix the JSON (no comments or trailing commas)" });
  }
}

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${NAME}` and `${NAME:-default}` in every string value with the environment's value, so one
 * config file serves many clusters (`"baseURL": "${GEN_URL:-http://127.0.0.1:8000/v1}"`). A variable
 * that is unset and has no default is an error naming its JSON path.
 */
export function interpolateEnv(value: unknown, env: Record<string, string | undefined>, file: string | undefined, path = ""): unknown {
  if (typeof value === "string") {
    return value.replace(VAR, (_m, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== "") return v;
      if (fallback !== undefined) return fallback;
      throw new ConfigError(file, path || "(root)", `environment variable ${name} is not set`, { remedy: `set ${name}, or write \${${name}:-default} in the config` });
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, file, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, file, path ? `${path}.${k}` : k)]));
  }
  return value;
}

export interface LoadConfigOptions {
  /** Environment for `${VAR}` (default process.env). */
  env?: Record<string, string | undefined>;
}

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: PromptcotConfig;
  /** Absolute path of the file. */
  file: string;
}

/**
 * Reads, interpolates and validates a config file. Relative `file` paths of embedded models resolve
 * against the config's folder. Every error names the file (and line or JSON path) and says what to do.
 *
 * @example
 * const { config } = await loadConfig("configs/vllm-qwen.json");
 * Object.keys(config.models) // ["generator", "rationale", "annotators", "solver", "teacher", "testgen"]
 */
export async function loadConfig(path: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new ConfigError(path, "(file)", `cannot read: ${(e as Error).message}`, { remedy: "check the path (configs/ ships vllm-qwen.json, openai.json, embedded.json)" });
  }
  const raw = interpolateEnv(parseConfigJson(text, path), options.env ?? process.env, path);
  const config = validateConfig(raw, path);
  for (const specs of Object.values(config.models)) {
    for (const spec of Array.isArray(specs) ? specs : [specs]) {
      if (spec.backend === "embedded" && spec.file && !isAbsolute(spec.file)) spec.file = resolve(dirname(file), spec.file);
    }
  }
  return { config, file };
}
