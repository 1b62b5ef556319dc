import { Hono } from 'hono';
import { ROLE_NAMES } from '../../accounts/roles';
import { signedIn } from '../auth-middleware';
import type { AppEnv, ServerContext } from '../server-env';

export function meRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  app.get('/me', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const [unit] = user.unitId
      ? await ctx.db.query<{ name: string }>('SELECT name FROM units WHERE id = $1', [user.unitId])
      : [];
    const [region] = user.regionId
      ? await ctx.db.query<{ name: string }>('SELECT name FROM regions WHERE id = $1', [user.regionId])
      : [];
    return c.json({
      login: user.login,
      name: user.displayName,
      role: user.role,
      roleName: ROLE_NAMES[user.role],
      unit: user.unitId ? { id: user.unitId, name: unit?.name ?? '' } : null,
      region: user.regionId ? { id: user.regionId, name: region?.name ?? '' } : null,
    });
  });
  return app;
}
