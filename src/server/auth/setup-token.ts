import type { Queryable } from '../db/database';
import { newToken, tokenHash } from './tokens';

/** The first-run setup link is valid for one hour. */
export const SETUP_TOKEN_MS = 60 * 60 * 1000;

export async function createSetupToken(db: Queryable, now: Date): Promise<string> {
  const token = newToken();
  await db.query('INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)', [
    tokenHash(token),
    new Date(now.getTime() + SETUP_TOKEN_MS),
  ]);
  return token;
}

/** Uses up a valid token; false when it is unknown, used or expired. */
export async function consumeSetupToken(db: Queryable, token: string, now: Date): Promise<boolean> {
  const rows = await db.query(
    'UPDATE setup_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING 1',
    [tokenHash(token), now],
  );
  return rows.length > 0;
}
