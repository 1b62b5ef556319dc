import { Hono } from 'hono';
import { z } from 'zod';
import { credentials } from '../../accounts/accounts';
import { audit } from '../../audit/audit-log';
import { dummyPasswordHash, verifyPassword } from '../../auth/password';
import { clearWrongPasswords, countWrongPassword, isLocked, SIGN_IN_REFUSED } from '../../auth/lockout';
import { createSession, deleteSession } from '../../auth/sessions';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';
import { clearSessionCookie, writeSessionCookie } from '../session-cookie';

const loginBody = z.object({ login: z.string().max(100), password: z.string().max(200) });

export function sessionRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.post('/session', async (c) => {
    const now = ctx.now();
    const address = c.get('clientAddress');
    if (!(await ctx.loginLimiter.allow(ctx.db, address, now.getTime()))) {
      return c.json({ error: '登录尝试过于频繁，请稍后再试。' }, 429);
    }
    const { login, password } = await readBody(c, loginBody);
    const user = await credentials(ctx.db, { login });
    const event = { at: now, login, clientAddress: address, object: `user:${login}` };
    // The password is checked even for a locked or unknown account, so all take the same time.
    const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    const refuse = async (result: string) => {
      await audit(ctx.db, { ...event, userId: user?.id, action: 'login-failed', result });
      return c.json({ error: SIGN_IN_REFUSED }, 401);
    };
    if (!user) return refuse('unknown login');
    if (isLocked(user, now)) return refuse('locked');
    if (!ok) {
      const counted = await countWrongPassword(ctx.db, user.id, now);
      return refuse(counted === 'counted' ? 'wrong password' : counted);
    }
    if (!(await clearWrongPasswords(ctx.db, user.id, now))) return refuse('locked');
    const token = await createSession(ctx.db, user.id, now);
    writeSessionCookie(c, ctx, token);
    await audit(ctx.db, { ...event, userId: user.id, action: 'login', result: 'ok' });
    return c.json({ ok: true, role: user.role });
  });

  app.delete('/session', async (c) => {
    const token = c.get('sessionToken');
    const user = c.get('user');
    if (token) await deleteSession(ctx.db, token);
    clearSessionCookie(c, ctx);
    if (user) {
      await audit(ctx.db, {
        at: ctx.now(),
        userId: user.id,
        login: user.login,
        action: 'logout',
        result: 'ok',
        clientAddress: c.get('clientAddress'),
      });
    }
    return c.json({ ok: true });
  });

  return app;
}
