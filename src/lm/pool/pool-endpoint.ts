import type { LanguageModel } from "../language-model.js";
import { AdaptiveLimit } from "./adaptive-limit.js";
import { CircuitBreaker, type CircuitBreakerOptions } from "./circuit-breaker.js";
import { RateWindow } from "./rate-window.js";

/** One server of a pool. */
export interface PoolEndpointConfig {
  /** Name in events and stats (default: `baseURL` or `endpoint-<i>`). */
  name?: string;
  /** The backend for this server (usually `createOpenAICompatible({ baseURL, model })`). */
  model: LanguageModel;
  /** Health URL polled by health checks (e.g. `http://host:8000/health`); none = no health checks. */
  healthURL?: string;
  /** Requests in flight at most (the adaptive limit starts here). Default 16. */
  maxConcurrency?: number;
  /** Requests per minute at most. */
  rpm?: number;
  /** Tokens per minute at most (prompt + max completion tokens, estimated before sending). */
  tpm?: number;
  /** Share of traffic relative to others when equally loaded. Default 1. */
  weight?: number;
}

/** Live counters of one endpoint (`pool.stats()`). */
export interface EndpointStats {
  name: string;
  /** Requests in flight now. */
  outstanding: number;
  /** Requests that succeeded / failed here. */
  succeeded: number;
  failed: number;
  /** Current adaptive concurrency limit. */
  limit: number;
  circuit: "closed" | "open" | "half-open";
  /** Times its circuit opened. */
  opens: number;
  healthy: boolean;
}

/** Mutable state of one endpoint inside a pool. */
export class PoolEndpoint {
  readonly name: string;
  readonly breaker: CircuitBreaker;
  readonly limit: AdaptiveLimit;
  readonly rate: RateWindow;
  outstanding = 0;
  succeeded = 0;
  failed = 0;
  healthy = true;

  constructor(readonly config: PoolEndpointConfig, index: number, breaker: CircuitBreakerOptions) {
    this.name = config.name ?? config.healthURL ?? `endpoint-${index}`;
    this.breaker = new CircuitBreaker(breaker);
    this.limit = new AdaptiveLimit(config.maxConcurrency ?? 16);
    this.rate = new RateWindow(config.rpm, config.tpm);
  }

  /** Load used to pick the least busy endpoint: outstanding requests per unit of weight. */
  load(): number {
    return this.outstanding / (this.config.weight ?? 1);
  }

  /** 0 when a call of `tokens` can start here now; Infinity when only a release can free it; else ms to wait. */
  waitMs(now: number, tokens: number): number {
    if (!this.breaker.canAcquire(now)) return this.breaker.state === "open" ? Math.max(1, this.breaker.reopensAt() - now) : Infinity;
    if (now < this.limit.readyAt()) return this.limit.readyAt() - now;
    if (this.outstanding >= this.limit.current) return Infinity;
    return this.rate.waitMs(now, tokens);
  }

  stats(): EndpointStats {
    return { name: this.name, outstanding: this.outstanding, succeeded: this.succeeded, failed: this.failed, limit: this.limit.current, circuit: this.breaker.state, opens: this.breaker.opens, healthy: this.healthy };
  }
}
