/**
 * Requests and tokens started in the last 60 s, for RPM/TPM limits. A request is admitted when both
 * counts plus its own stay within the limits (a request larger than the TPM limit is admitted alone,
 * so it cannot wait forever).
 */
export class RateWindow {
  private readonly events: { at: number; tokens: number }[] = [];
  private tokens = 0;

  constructor(
    /** Requests per minute; undefined = no limit. */
    private readonly rpm?: number,
    /** Tokens per minute (prompt + max completion tokens, estimated); undefined = no limit. */
    private readonly tpm?: number,
  ) {}

  private prune(now: number): void {
    while (this.events.length > 0 && now - this.events[0]!.at >= 60_000) this.tokens -= this.events.shift()!.tokens;
  }

  /** 0 when a request of `tokens` may start at `now`, else the ms until the window frees enough. */
  waitMs(now: number, tokens: number): number {
    this.prune(now);
    const rpmOk = this.rpm === undefined || this.events.length < this.rpm;
    const tpmOk = this.tpm === undefined || this.tokens + tokens <= this.tpm || this.events.length === 0;
    if (rpmOk && tpmOk) return 0;
    // The oldest event leaving the window is the earliest moment anything changes.
    return Math.max(1, this.events[0]!.at + 60_000 - now);
  }

  record(now: number, tokens: number): void {
    this.events.push({ at: now, tokens });
    this.tokens += tokens;
  }
}
