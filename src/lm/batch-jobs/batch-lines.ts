import { contentHash } from "../../core/hash.js";
import { expectObject, type Location } from "../../core/validate.js";
import { InputError } from "../../core/errors.js";

/**
 * One line of a batch input file: the format of the OpenAI Batch API, which `vllm run-batch` reads too.
 * `url` is the API path (`/v1/chat/completions`, `/v1/completions`), `body` the exact request body the
 * online path would POST there.
 */
export interface BatchRequestLine {
  custom_id: string;
  method: "POST";
  url: string;
  body: Record<string, unknown>;
}

/**
 * One line of a batch output or error file as OpenAI and vLLM write it. A request that got an HTTP
 * answer has `response` (status and body); one that never ran (expired, cancelled) has `response: null`
 * and an `error` object; vLLM puts a string or an `ErrorResponse` in `error` and may leave `body` null.
 */
export interface BatchOutputLine {
  id?: string;
  custom_id: string;
  response: { status_code: number; request_id?: string; body?: unknown } | null;
  error: unknown;
}

/** What became of one request line, normalised across OpenAI and vLLM output files. */
export interface BatchOutcome {
  customId: string;
  /** HTTP status of the request; undefined when it never ran (expired, cancelled, missing). */
  status?: number;
  /** Response body (the same JSON the online endpoint returns) for status 2xx; an error body otherwise. */
  body?: unknown;
  /** Why it failed, when it did: a machine code (`batch_expired`, `batch_cancelled`, `request_timeout`, `missing`, HTTP `400`…) and a message. */
  error?: { code: string; message: string };
  /** Batch id that produced this outcome. */
  batchId?: string;
}

/** Error codes of requests that never ran and are worth a new batch. */
const RETRYABLE_CODES = new Set(["batch_expired", "request_timeout", "missing", "batch_failed_transient"]);

/**
 * Whether a failed outcome should go into a new batch: requests that never ran (expired, timed out,
 * missing from the output) and HTTP 408/409/429/5xx answers. 4xx answers and cancellations are final.
 */
export function isRetryableOutcome(outcome: BatchOutcome): boolean {
  if (outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300) return false;
  if (outcome.status !== undefined) return outcome.status === 408 || outcome.status === 409 || outcome.status === 429 || outcome.status >= 500;
  return RETRYABLE_CODES.has(outcome.error?.code ?? "");
}

/** True for a 2xx outcome with a body. */
export function isSuccessfulOutcome(outcome: BatchOutcome): boolean {
  return outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300 && outcome.body !== undefined && outcome.body !== null;
}

/**
 * The custom id of a request: a content hash of its path and body, so the same request in any round,
 * file or process gets the same id and identical requests share one line.
 *
 * @example batchCustomId("/v1/completions", { model: "m", prompt: "x" }).startsWith("pc-") // true
 */
export function batchCustomId(url: string, body: unknown): string {
  return `pc-${contentHash({ url, body }).slice(0, 40)}`;
}

/** Builds a batch input line for a request body. */
export function batchRequestLine(url: string, body: Record<string, unknown>): BatchRequestLine {
  return { custom_id: batchCustomId(url, body), method: "POST", url, body };
}

function errorText(value: unknown): { code?: string; message: string } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return { message: value };
  if (typeof value === "object") {
    const v = value as { code?: unknown; message?: unknown; error?: unknown };
    // vLLM ErrorResponse: { error: { message, type, code } } (newer) or { message, type, code } (older).
    if (v.error && typeof v.error === "object") return errorText(v.error);
    return { ...(v.code !== undefined && v.code !== null ? { code: String(v.code) } : {}), message: typeof v.message === "string" ? v.message : JSON.stringify(value) };
  }
  return { message: String(value) };
}

/**
 * Validates one parsed output-file line and normalises it to a `BatchOutcome`.
 * Throws an InputError naming `file:line` and the field when the line is not a batch output line.
 */
export function parseBatchOutputLine(value: unknown, at: Location, batchId?: string): BatchOutcome {
  const obj = expectObject(value, at);
  if (typeof obj.custom_id !== "string" || obj.custom_id === "") {
    throw new InputError(at.file, at.line, "custom_id", "missing custom_id", { remedy: "this is not a batch output line (expected {id, custom_id, response, error})" });
  }
  const customId = obj.custom_id;
  const out: BatchOutcome = { customId, ...(batchId ? { batchId } : {}) };
  const response = obj.response;
  if (response !== null && response !== undefined) {
    const r = expectObject(response, at, "response");
    if (typeof r.status_code !== "number") throw new InputError(at.file, at.line, "response.status_code", `expected a number, got ${JSON.stringify(r.status_code)}`);
    out.status = r.status_code;
    if (r.body !== undefined && r.body !== null) out.body = r.body;
  }
  const err = errorText(obj.error);
  if (out.status !== undefined && (out.status < 200 || out.status >= 300)) {
    const fromBody = errorText(out.body);
    const e = err ?? fromBody;
    out.error = { code: e?.code ?? String(out.status), message: e?.message ?? `HTTP ${out.status}` };
  } else if (out.status === undefined) {
    out.error = { code: err?.code ?? "failed", message: err?.message ?? "the request has neither a response nor an error" };
  } else if (out.body === undefined) {
    // A 2xx without a body (vLLM can write one with an error beside it): treat as a server failure, worth a retry.
    out.status = 502;
    out.error = { code: err?.code ?? "empty_body", message: err?.message ?? `HTTP ${String(response && (response as { status_code: number }).status_code)} without a body` };
  }
  return out;
}
