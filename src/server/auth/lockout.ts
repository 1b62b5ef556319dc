import type { Queryable } from '../db/database';
import { deleteUserSessions } from './sessions';

/** Five wrong passwords lock an account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export const LOCKED_MESSAGE = '密码错误次数过多，账号已锁定 15 分钟，请稍后再试或请管理员重置密码。';

/** The account is locked now. */
export const isLocked = (user: { locked_until: Date | null }, now: Date): boolean =>
  user.locked_until !== null && user.locked_until > now;

/**
 * Counts one wrong password for the account (at sign-in, or as the current password of a
 * password change); the fifth locks it for 15 minutes and signs it out everywhere. True when
 * this one locked it.
 */
export async function countWrongPassword(
  db: Queryable,
  user: { id: number; failed_logins: number },
  now: Date,
): Promise<boolean> {
  const failed = user.failed_logins + 1;
  const locked = failed >= MAX_FAILED_LOGINS;
  await db.query('UPDATE users SET failed_logins = $2, locked_until = $3 WHERE id = $1', [
    user.id,
    locked ? 0 : failed,
    locked ? new Date(now.getTime() + LOCKOUT_MS) : null,
  ]);
  if (locked) await deleteUserSessions(db, user.id);
  return locked;
}
