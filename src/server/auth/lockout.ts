import type { Queryable } from '../db/database';
import { deleteUserSessions } from './sessions';

/** Five wrong passwords lock an account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export const LOCKED_MESSAGE = '密码错误次数过多，账号已锁定 15 分钟，请稍后再试或请管理员重置密码。';

/**
 * The one answer to every refused sign-in (unknown login, wrong password, locked account), so
 * the answer never tells whether an account exists.
 */
export const SIGN_IN_REFUSED = '登录名或密码不正确。连续输错 5 次，账号会锁定 15 分钟。';

/** The account is locked now. */
export const isLocked = (user: { locked_until: Date | null }, now: Date): boolean =>
  user.locked_until !== null && user.locked_until > now;

/**
 * Counts one wrong password for the account (at sign-in, or as the current password of a
 * password change) in one atomic UPDATE, so guesses sent at once each count; the fifth locks it
 * for 15 minutes and signs it out everywhere. 'locked now' when this one locked it, 'locked'
 * when it was already locked (a guess that raced the locking one), else 'counted'.
 */
export async function countWrongPassword(
  db: Queryable,
  userId: number,
  now: Date,
): Promise<'counted' | 'locked now' | 'locked'> {
  const rows = await db.query<{ locked: boolean }>(
    `UPDATE users
        SET failed_logins = CASE WHEN failed_logins + 1 >= $3 THEN 0 ELSE failed_logins + 1 END,
            locked_until = CASE WHEN failed_logins + 1 >= $3 THEN $4::timestamptz ELSE NULL END
      WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)
      RETURNING locked_until IS NOT NULL AS locked`,
    [userId, now, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCKOUT_MS)],
  );
  if (!rows[0]) return 'locked';
  if (!rows[0].locked) return 'counted';
  await deleteUserSessions(db, userId);
  return 'locked now';
}

/**
 * Clears the count after the right password, unless the account got locked meanwhile (by
 * guesses racing this one): false then, and the sign-in must be refused.
 */
export async function clearWrongPasswords(db: Queryable, userId: number, now: Date): Promise<boolean> {
  const rows = await db.query(
    `UPDATE users SET failed_logins = 0, locked_until = NULL
      WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) RETURNING 1`,
    [userId, now],
  );
  return rows.length > 0;
}
