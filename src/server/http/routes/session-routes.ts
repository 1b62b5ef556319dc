import { Hono } from 'hono';
import { z } from 'zod';
import type { Role } from '../../accounts/roles';
import { audit } from '../../audit/audit-log';
import { dummyPasswordHash, verifyPassword } from '../../auth/password';
import { countWrongPassword, isLocked, LOCKED_MESSAGE } from '../../auth/lockout';
import { createSession, deleteSession } from '../../auth/sessions';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';
import { clearSessionCookie, writeSessionCookie } from '../session-cookie';

const loginBody = z.object({ login: z.string().max(100), password: z.string().max(200) });

interface LoginRow {
  id: number;
  password_hash: string;
  failed_logins: number;
  locked_until: Date | null;
  role: Role;
}

export function sessionRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.post('/session', async (c) => {
    const now = ctx.now();
    const address = c.get('clientAddress');
    if (!ctx.loginLimiter.allow(address, now.getTime())) {
      return c.json({ error: '登录尝试过于频繁，请稍后再试。' }, 429);
    }
    const { login, password } = await readBody(c, loginBody);
    const [user] = await ctx.db.query<LoginRow>(
      'SELECT id, password_hash, failed_logins, locked_until, role FROM users WHERE login = $1',
      [login],
    );
    const event = { at: now, login, clientAddress: address, object: `user:${login}` };
    if (user && isLocked(user, now)) {
      await audit(ctx.db, { ...event, userId: user.id, action: 'login-failed', result: 'locked' });
      return c.json({ error: LOCKED_MESSAGE }, 423);
    }
    const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
    if (!user || !ok) {
      if (user) {
        const locked = await countWrongPassword(ctx.db, user, now);
        await audit(ctx.db, {
          ...event,
          userId: user.id,
          action: 'login-failed',
          result: locked ? 'locked now' : 'wrong password',
        });
        if (locked) return c.json({ error: '密码错误次数过多，账号已锁定 15 分钟。' }, 423);
      } else {
        await audit(ctx.db, { ...event, action: 'login-failed', result: 'unknown login' });
      }
      return c.json({ error: '登录名或密码不正确。' }, 401);
    }
    await ctx.db.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id]);
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
