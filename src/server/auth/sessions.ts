import type { Queryable } from '../db/database';
import { newToken, tokenHash } from './tokens';

/** A session ends after 30 minutes without a request, and 12 hours after sign-in whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export async function createSession(db: Queryable, userId: number, now: Date): Promise<string> {
  const token = newToken();
  await db.query(
    'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
    [tokenHash(token), userId, now],
  );
  return token;
}

/**
 * The user id of a live session (and marks it seen), or undefined: unknown, idle too long or too
 * old. Expired sessions are deleted.
 */
export async function touchSession(db: Queryable, token: string, now: Date): Promise<number | undefined> {
  const idleSince = new Date(now.getTime() - IDLE_TIMEOUT_MS);
  const startedSince = new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS);
  const rows = await db.query<{ user_id: number }>(
    `UPDATE sessions SET last_seen_at = $2
      WHERE id_hash = $1 AND last_seen_at > $3 AND created_at > $4
      RETURNING user_id`,
    [tokenHash(token), now, idleSince, startedSince],
  );
  if (rows[0]) return rows[0].user_id;
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [tokenHash(token)]);
  return undefined;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [tokenHash(token)]);
}

/** Signs a user out everywhere (password change or reset). */
export async function deleteUserSessions(db: Queryable, userId: number): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/** Ends every session of the user but the one whose token is `keep`. */
export async function deleteOtherSessions(db: Queryable, userId: number, keep: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2', [userId, tokenHash(keep)]);
}
