/** Circuit breaker settings. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long an open circuit refuses calls before one probe is let through, in ms. Default 5000. */
  cooldownMs?: number;
}

export type CircuitState = "closed" | "open" | "half-open";

/**
 * Per-endpoint circuit breaker: `failureThreshold` consecutive failures open it; after `cooldownMs` it
 * lets exactly one probe through (half-open); the probe's success closes it, its failure re-opens it.
 * Time is passed in, so the breaker is a pure state machine (tested without clocks).
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  state: CircuitState = "closed";
  /** Times the circuit opened. */
  opens = 0;

  constructor(private readonly options: CircuitBreakerOptions = {}) {}

  /** Whether a call may start now; in half-open state it reserves the single probe. */
  tryAcquire(now: number): boolean {
    if (this.state === "closed") return true;
    if (this.state === "open") {
      if (now - this.openedAt < (this.options.cooldownMs ?? 5000)) return false;
      this.state = "half-open";
      this.probing = false;
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  /** Whether `tryAcquire` could succeed at `now` (does not reserve). */
  canAcquire(now: number): boolean {
    if (this.state === "closed") return true;
    if (this.state === "open") return now - this.openedAt >= (this.options.cooldownMs ?? 5000);
    return !this.probing;
  }

  /** When an open circuit lets its probe through, in ms since the epoch (0 when not open). */
  reopensAt(): number {
    return this.state === "open" ? this.openedAt + (this.options.cooldownMs ?? 5000) : 0;
  }

  success(): void {
    this.failures = 0;
    this.probing = false;
    this.state = "closed";
  }

  failure(now: number): void {
    this.failures++;
    this.probing = false;
    if (this.state === "half-open" || this.failures >= (this.options.failureThreshold ?? 3)) this.open(now);
  }

  /** Opens at once (a failed health check). */
  open(now: number): void {
    if (this.state !== "open") this.opens++;
    this.state = "open";
    this.openedAt = now;
    this.probing = false;
  }
}
