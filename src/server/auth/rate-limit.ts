/**
 * A per-address limit on sign-in attempts: at most `limit` in any `windowMs`. Kept in this
 * process's memory (each process of a load-balanced deployment counts its own; the per-account
 * lockout is in the database and holds across processes).
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 60_000,
  ) {}

  /** Records an attempt; false when the address is over the limit. */
  allow(address: string, now: number): boolean {
    const since = now - this.windowMs;
    const recent = (this.hits.get(address) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(address, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(address, recent);
    if (this.hits.size > 10_000) this.prune(since);
    return true;
  }

  private prune(since: number): void {
    for (const [address, times] of this.hits) {
      if (!times.some((t) => t > since)) this.hits.delete(address);
    }
  }
}
