import type { Queryable } from '../db/database';

/**
 * The default limit: sign-ins (and password changes) per client address per minute. An office
 * behind one proxy or NAT address is one address: a county's busiest morning has a few hundred
 * people signing in within minutes, so the limit is generous; guessing a password is stopped
 * by the per-account lockout (5 wrong, 15 minutes), not by this.
 */
export const SIGN_IN_LIMIT_PER_MINUTE = 300;

/**
 * A per-address limit on sign-in attempts: at most `limit` in each `windowMs` (fixed windows).
 * Counted in the database with one atomic upsert, so every process of a deployment shares it.
 */
export class RateLimiter {
  constructor(
    private readonly limit = SIGN_IN_LIMIT_PER_MINUTE,
    private readonly windowMs = 60_000,
  ) {}

  /** Records an attempt; false when the address is over the limit. */
  async allow(db: Queryable, address: string, now: number): Promise<boolean> {
    const windowStart = new Date(Math.floor(now / this.windowMs) * this.windowMs);
    const [row] = await db.query<{ attempts: number }>(
      `INSERT INTO sign_in_attempts (address, window_start, attempts) VALUES ($1, $2, 1)
       ON CONFLICT (address, window_start) DO UPDATE SET attempts = sign_in_attempts.attempts + 1
       RETURNING attempts`,
      [address, windowStart],
    );
    // The first attempt of an address in a window clears the windows that are over.
    if (row?.attempts === 1) {
      await db.query('DELETE FROM sign_in_attempts WHERE window_start < $1', [
        new Date(windowStart.getTime() - this.windowMs),
      ]);
    }
    return (row?.attempts ?? 0) <= this.limit;
  }
}
