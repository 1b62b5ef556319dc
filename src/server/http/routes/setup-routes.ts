import { Hono } from 'hono';
import { z } from 'zod';
import { createUser, userCount } from '../../accounts/accounts';
import { audit } from '../../audit/audit-log';
import { consumeSetupToken } from '../../auth/setup-token';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const setupBody = z.object({
  token: z.string().max(100),
  login: z.string().max(40),
  displayName: z.string().trim().min(1).max(200),
  password: z.string().max(200),
});

/** The first administrator, created through the one-time link printed at the first start. */
export function setupRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  app.post('/setup', async (c) => {
    const body = await readBody(c, setupBody);
    const now = ctx.now();
    const user = await ctx.db.transaction(async (tx) => {
      if ((await userCount(tx)) > 0) return undefined;
      if (!(await consumeSetupToken(tx, body.token, now))) return undefined;
      return createUser(tx, { ...body, role: 'admin' }, now);
    });
    if (!user) return c.json({ error: '设置链接无效或已过期，请重新启动服务器获取新的链接。' }, 403);
    await audit(ctx.db, {
      at: now,
      userId: user.id,
      login: user.login,
      action: 'setup',
      object: `user:${user.login}`,
      result: 'ok',
      clientAddress: c.get('clientAddress'),
    });
    return c.json({ ok: true }, 201);
  });
  return app;
}
