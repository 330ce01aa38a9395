import { ConfigError } from "../core/errors.js";

/** A validator: checks `value` at JSON path `path` and returns it typed, or throws a ConfigError. */
export type Schema<T> = (value: unknown, path: string, file: string | undefined) => T;

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

function fail(file: string | undefined, path: string, problem: string, remedy?: string): never {
  throw new ConfigError(file, path || "(root)", problem, remedy ? { remedy } : undefined);
}

export const str: Schema<string> = (v, p, f) => (typeof v === "string" && v !== "" ? v : fail(f, p, `expected a non-empty string, got ${describe(v)}`));

export function num(opts: { integer?: boolean; min?: number; max?: number; exclusiveMin?: boolean } = {}): Schema<number> {
  return (v, p, f) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return fail(f, p, `expected ${opts.integer ? "an integer" : "a number"}, got ${describe(v)}`);
    if (opts.integer && !Number.isInteger(v)) return fail(f, p, `expected an integer, got ${v}`);
    if (opts.min !== undefined && (opts.exclusiveMin ? v <= opts.min : v < opts.min)) return fail(f, p, `must be ${opts.exclusiveMin ? ">" : "≥"} ${opts.min}, got ${v}`);
    if (opts.max !== undefined && v > opts.max) return fail(f, p, `must be ≤ ${opts.max}, got ${v}`);
    return v;
  };
}

export const bool: Schema<boolean> = (v, p, f) => (typeof v === "boolean" ? v : fail(f, p, `expected true or false, got ${describe(v)}`));

export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  return (v, p, f) => ((values as readonly unknown[]).includes(v) ? (v as T) : fail(f, p, `invalid value ${JSON.stringify(v)} (expected ${values.join(" | ")})`));
}

export function arrayOf<T>(item: Schema<T>, opts: { minLength?: number } = {}): Schema<T[]> {
  return (v, p, f) => {
    if (!Array.isArray(v)) return fail(f, p, `expected an array, got ${describe(v)}`);
    if (opts.minLength !== undefined && v.length < opts.minLength) fail(f, p, `expected at least ${opts.minLength} item(s), got ${v.length}`);
    return v.map((x, i) => item(x, `${p}[${i}]`, f));
  };
}

/** Any JSON object (values unchecked), e.g. extra request body fields. */
export const anyObject: Schema<Record<string, unknown>> = (v, p, f) => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(f, p, `expected an object, got ${describe(v)}`));

export function recordOf<T>(item: Schema<T>): Schema<Record<string, T>> {
  return (v, p, f) => {
    const o = anyObject(v, p, f);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, item(x, `${p}.${k}`, f)]));
  };
}

type Fields = Record<string, { schema: Schema<unknown>; required?: boolean }>;

/** A required field. */
export const req = <T>(schema: Schema<T>) => ({ schema: schema as Schema<unknown>, required: true as const });
/** An optional field. */
export const opt = <T>(schema: Schema<T>) => ({ schema: schema as Schema<unknown> });

/**
 * An object with known fields only: unknown keys are errors naming the allowed ones (a typo such as
 * `baseUrl` fails loudly instead of being ignored). Keys starting with `$` (`$schema`, `$comment`) pass.
 */
export function object<T>(fields: Fields): Schema<T> {
  return (v, p, f) => {
    const o = anyObject(v, p, f);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(o)) {
      if (key.startsWith("$")) continue;
      if (!(key in fields)) fail(f, `${p ? `${p}.` : ""}${key}`, "unknown field", `allowed here: ${Object.keys(fields).join(", ")}`);
    }
    for (const [key, field] of Object.entries(fields)) {
      const at = `${p ? `${p}.` : ""}${key}`;
      if (o[key] === undefined) {
        if (field.required) fail(f, at, "missing required field");
        continue;
      }
      out[key] = field.schema(o[key], at, f);
    }
    return out as T;
  };
}

/** A union told apart by one string field (`backend`, `kind`). */
export function tagged<T>(tag: string, variants: Record<string, Schema<unknown>>): Schema<T> {
  return (v, p, f) => {
    const o = anyObject(v, p, f);
    const t = o[tag];
    const variant = typeof t === "string" ? variants[t] : undefined;
    if (!variant) fail(f, `${p}.${tag}`, t === undefined ? "missing required field" : `invalid value ${JSON.stringify(t)} (expected ${Object.keys(variants).join(" | ")})`);
    return variant(v, p, f) as T;
  };
}
