import { Hono } from 'hono';
import { z } from 'zod';
import { credentials, setPasswordHash } from '../../accounts/accounts';
import { audit } from '../../audit/audit-log';
import { countWrongPassword, isLocked, LOCKED_MESSAGE } from '../../auth/lockout';
import { hashPassword, passwordProblem, verifyPassword } from '../../auth/password';
import { deleteOtherSessions } from '../../auth/sessions';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const changeBody = z.object({
  currentPassword: z.string().max(200),
  newPassword: z.string().max(200),
});

/**
 * `POST /api/me/password`: the signed-in user changes their own password. The current one is
 * required (a wrong one counts toward the lockout, as at sign-in, and the calls share the
 * sign-in's per-address limit); the new one follows the same rules as every password; the
 * user's other sessions end, this one stays.
 */
export function passwordRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  app.post('/me/password', signedIn, async (c) => {
    const user = c.var.me;
    const now = ctx.now();
    const address = c.get('clientAddress');
    if (!(await ctx.loginLimiter.allow(ctx.db, address, now.getTime()))) {
      return c.json({ error: '尝试过于频繁，请稍后再试。' }, 429);
    }
    const body = await readBody(c, changeBody);
    const event = {
      at: now,
      userId: user.id,
      login: user.login,
      action: 'change-password' as const,
      object: `user:${user.login}`,
      clientAddress: address,
    };
    const row = await credentials(ctx.db, { id: user.id });
    if (!row) return c.json({ error: '请先登录（登录已过期或尚未登录）。' }, 401);
    if (isLocked(row, now)) {
      await audit(ctx.db, { ...event, result: 'locked' });
      return c.json({ error: LOCKED_MESSAGE }, 423);
    }
    if (!(await verifyPassword(row.password_hash, body.currentPassword))) {
      const counted = await countWrongPassword(ctx.db, row.id, now);
      await audit(ctx.db, {
        ...event,
        result: counted === 'counted' ? 'wrong password' : `wrong password, ${counted}`,
      });
      if (counted !== 'counted') return c.json({ error: LOCKED_MESSAGE }, 423);
      return c.json({ error: '当前密码不正确。' }, 403);
    }
    const problem =
      body.newPassword === body.currentPassword
        ? '新密码不能与当前密码相同。'
        : passwordProblem(body.newPassword, user.login);
    if (problem) {
      await audit(ctx.db, { ...event, result: 'refused: new password' });
      return c.json({ error: problem }, 400);
    }
    const token = c.get('sessionToken') ?? '';
    const newHash = await hashPassword(body.newPassword);
    await ctx.db.transaction(async (tx) => {
      await setPasswordHash(tx, user.id, newHash);
      // Signed out everywhere else: whoever else knew the old password loses their session.
      await deleteOtherSessions(tx, user.id, token);
      await audit(tx, { ...event, result: 'ok' });
    });
    return c.json({ ok: true });
  });
  return app;
}
