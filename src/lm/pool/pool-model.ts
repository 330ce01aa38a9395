import { ApiCallError, PromptcotError } from "../../core/errors.js";
import { countTokens as countLocal } from "../../core/tokenize.js";
import { normalizeGenerateRequest, type GenerateRequest } from "../generate-request.js";
import type { GenerateResult } from "../generate-result.js";
import type { CallOptions, LanguageModel, ModelCapabilities } from "../language-model.js";
import type { ScoreRequest } from "../score-request.js";
import type { ScoreResult } from "../score-result.js";
import type { CircuitBreakerOptions } from "./circuit-breaker.js";
import { PoolEndpoint, type EndpointStats, type PoolEndpointConfig } from "./pool-endpoint.js";

/** What happened in a pool, for logs and tests. */
export type PoolEvent =
  | { type: "failover"; endpoint: string; attempt: number; error: string }
  | { type: "overloaded"; endpoint: string; limit: number; retryAfterMs?: number }
  | { type: "circuit-open"; endpoint: string }
  | { type: "health"; endpoint: string; healthy: boolean };

export interface PoolOptions {
  endpoints: readonly PoolEndpointConfig[];
  /** Model id for cache keys. Default: the endpoints' common model id (they must agree). */
  modelId?: string;
  /** Attempts per request across endpoints. Default 2 × endpoints + 2. */
  maxAttempts?: number;
  breaker?: CircuitBreakerOptions;
  /** Health checks: GET each endpoint's `healthURL` every `intervalMs` (default 2000) with `timeoutMs` (default 1000). */
  healthCheck?: { intervalMs?: number; timeoutMs?: number } | false;
  /** Longest a request waits for any endpoint to become usable, in ms. Default 120000. */
  maxWaitMs?: number;
  onEvent?: (event: PoolEvent) => void;
}

function isOverload(error: unknown): { retryAfterMs?: number } | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  const s = error.details.status;
  return s === 429 || s === 503 ? { ...(error.details.retryAfterMs !== undefined ? { retryAfterMs: error.details.retryAfterMs } : {}) } : undefined;
}

function isRetryable(error: unknown): boolean {
  return error instanceof ApiCallError ? error.details.isRetryable : false;
}

/**
 * A LanguageModel over several servers of the same model. Each call goes to the usable endpoint with
 * the fewest requests in flight (per weight); an endpoint is usable when its circuit is not open, it is
 * not backing off, it has a free slot under its adaptive concurrency limit, and its RPM/TPM window has
 * room. A retryable failure (connection refused or reset, timeout, 429, 5xx) is charged to that
 * endpoint and the call moves to another one; a non-retryable error is thrown at once. 429/503 halve
 * the endpoint's limit and back it off (Retry-After when sent); consecutive failures open its circuit.
 * Health checks mark endpoints down and up between calls. Put `cacheMiddleware` outside the pool.
 *
 * @example
 * const pool = createPool({ endpoints: urls.map((u) => ({ model: createOpenAICompatible({ baseURL: `${u}/v1`, model: "qwen" }), healthURL: `${u}/health`, maxConcurrency: 64 })) });
 * const model = wrapLanguageModel(pool, [cacheMiddleware(store)]);
 * pool.stats() // [{ name: "http://a:8000/health", outstanding: 12, succeeded: 340, … }, …]
 */
export class PoolModel implements LanguageModel {
  readonly specificationVersion = "v1" as const;
  readonly provider = "pool";
  readonly modelId: string;
  readonly capabilities: ModelCapabilities;
  private readonly endpoints: PoolEndpoint[];
  private waiters: (() => void)[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private turn = 0;

  constructor(private readonly options: PoolOptions) {
    if (options.endpoints.length === 0) throw new PromptcotError("pool: no endpoints", { remedy: "give at least one endpoint" });
    const ids = new Set(options.endpoints.map((e) => e.model.modelId));
    if (!options.modelId && ids.size > 1) throw new PromptcotError(`pool: endpoints serve different model ids (${[...ids].join(", ")})`, { remedy: "pool servers of one model, or set modelId to the id cache keys should use" });
    this.modelId = options.modelId ?? options.endpoints[0]!.model.modelId;
    this.endpoints = options.endpoints.map((c, i) => new PoolEndpoint(c, i, options.breaker ?? {}));
    const caps = options.endpoints.map((e) => e.model.capabilities);
    this.capabilities = { completions: caps.every((c) => c.completions), chat: caps.every((c) => c.chat), score: caps.every((c) => c.score), seed: caps.every((c) => c.seed) };
    const hc = options.healthCheck;
    if (hc !== false && this.endpoints.some((e) => e.config.healthURL)) {
      this.timer = setInterval(() => void this.checkHealth(hc?.timeoutMs ?? 1000), hc?.intervalMs ?? 2000);
      this.timer.unref();
    }
  }

  doGenerate(request: GenerateRequest, options?: CallOptions): Promise<GenerateResult> {
    const r = normalizeGenerateRequest(request);
    const promptText = r.prompt ?? (r.messages ?? []).map((m) => m.content).join("\n");
    return this.call((m) => m.doGenerate(request, options), countLocal(promptText) + r.maxTokens * r.n, options?.signal);
  }

  doScore(request: ScoreRequest, options?: CallOptions): Promise<ScoreResult> {
    const text = request.context + request.segments.map((s) => s.text).join("");
    return this.call((m) => m.doScore(request, options), countLocal(text), options?.signal);
  }

  countTokens(texts: readonly string[]): Promise<number[]> {
    return this.endpoints[0]!.config.model.countTokens(texts);
  }

  /** Counters per endpoint. */
  stats(): EndpointStats[] {
    return this.endpoints.map((e) => e.stats());
  }

  /** Stops health checks. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs one health check round now (also what the timer does). */
  async checkHealth(timeoutMs = 1000): Promise<void> {
    await Promise.all(
      this.endpoints.map(async (e) => {
        if (!e.config.healthURL) return;
        let ok = false;
        try {
          const res = await fetch(e.config.healthURL, { signal: AbortSignal.timeout(timeoutMs) });
          ok = res.ok;
          await res.arrayBuffer();
        } catch {
          ok = false;
        }
        if (ok !== e.healthy) this.options.onEvent?.({ type: "health", endpoint: e.name, healthy: ok });
        e.healthy = ok;
        if (!ok) e.breaker.open(Date.now());
        else if (e.breaker.state === "open") e.breaker.success();
        this.wake();
      }),
    );
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Picks the least-loaded usable endpoint, waiting until one is usable. */
  private async acquire(tokens: number, exclude: PoolEndpoint | undefined, signal: AbortSignal | undefined): Promise<PoolEndpoint> {
    const deadline = Date.now() + (this.options.maxWaitMs ?? 120_000);
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const now = Date.now();
      let best: PoolEndpoint | undefined;
      let minWait = Infinity;
      // Rotate the scan start so equally loaded endpoints share traffic.
      const n = this.endpoints.length;
      const start = this.turn++ % n;
      for (let k = 0; k < n; k++) {
        const e = this.endpoints[(start + k) % n]!;
        const wait = e.waitMs(now, tokens);
        // Prefer another endpoint right after a failure, unless it is the only usable one.
        if (wait === 0 && (!best || e.load() < best.load() || (best === exclude && e !== exclude))) best = e;
        if (wait > 0) minWait = Math.min(minWait, wait);
      }
      if (best && best.breaker.tryAcquire(now)) {
        best.outstanding++;
        best.rate.record(now, tokens);
        return best;
      }
      if (now >= deadline) throw new ApiCallError(`pool: no endpoint became usable within ${this.options.maxWaitMs ?? 120_000} ms`, { isRetryable: true }, { remedy: `check the servers: ${JSON.stringify(this.stats())}` });
      await new Promise<void>((resolve) => {
        const t = Number.isFinite(minWait) ? setTimeout(resolve, Math.min(minWait, deadline - now)) : setTimeout(resolve, Math.min(1000, deadline - now));
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  private async call<T>(fn: (m: LanguageModel) => Promise<T>, tokens: number, signal: AbortSignal | undefined): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 2 * this.endpoints.length + 2;
    let last: PoolEndpoint | undefined;
    for (let attempt = 1; ; attempt++) {
      const e = await this.acquire(tokens, last, signal);
      try {
        const result = await fn(e.config.model);
        e.succeeded++;
        e.breaker.success();
        e.limit.success();
        return result;
      } catch (error) {
        if (!isRetryable(error)) throw error;
        const now = Date.now();
        e.failed++;
        const overload = isOverload(error);
        if (overload) {
          e.limit.overloaded(now, overload.retryAfterMs);
          this.options.onEvent?.({ type: "overloaded", endpoint: e.name, limit: e.limit.current, ...overload });
        } else {
          const wasOpen = e.breaker.state === "open";
          e.breaker.failure(now);
          if (!wasOpen && e.breaker.state === "open") this.options.onEvent?.({ type: "circuit-open", endpoint: e.name });
        }
        if (attempt >= maxAttempts) throw new ApiCallError(`pool: gave up after ${attempt} attempt(s): ${(error as Error).message}`, { isRetryable: false }, { cause: error, remedy: "check the servers' logs; raise maxAttempts for flaky clusters" });
        this.options.onEvent?.({ type: "failover", endpoint: e.name, attempt, error: (error as Error).message.split("\n")[0]! });
        last = e;
      } finally {
        e.outstanding--;
        this.wake();
      }
    }
  }
}

/** Creates a pool (see PoolModel). */
export function createPool(options: PoolOptions): PoolModel {
  return new PoolModel(options);
}
