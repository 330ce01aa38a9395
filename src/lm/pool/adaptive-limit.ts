/**
 * Additive-increase / multiplicative-decrease concurrency limit per endpoint: a 429 or overload halves
 * the limit (at least 1) and sets a backoff; every `limit` successes add one slot back, up to the
 * configured maximum. This is how a pool finds a server's real capacity without a hand-tuned number.
 */
export class AdaptiveLimit {
  current: number;
  private successes = 0;
  private backoffUntil = 0;
  private consecutiveBackoffs = 0;

  constructor(
    readonly max: number,
    private readonly initialBackoffMs = 250,
    private readonly maxBackoffMs = 30_000,
  ) {
    this.current = max;
  }

  success(): void {
    this.consecutiveBackoffs = 0;
    if (this.current >= this.max) return;
    if (++this.successes >= this.current) {
      this.successes = 0;
      this.current++;
    }
  }

  /** A rate-limit or overload answer: halve, and wait `retryAfterMs` or an exponential backoff. */
  overloaded(now: number, retryAfterMs?: number): void {
    this.current = Math.max(1, Math.floor(this.current / 2));
    this.successes = 0;
    const backoff = retryAfterMs ?? Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** this.consecutiveBackoffs);
    this.consecutiveBackoffs++;
    this.backoffUntil = Math.max(this.backoffUntil, now + backoff);
  }

  /** When the endpoint may be used again (ms since the epoch). */
  readyAt(): number {
    return this.backoffUntil;
  }
}
