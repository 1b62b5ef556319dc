import { Hono } from 'hono';
import { me } from '../../../api-contract/endpoints';
import type { Me } from '../../../api-contract/endpoints';
import { ROLE_NAMES } from '../../accounts/roles';
import { scopedStore } from '../../reports/scoped-store';
import { signedIn } from '../auth-middleware';
import type { AppEnv, ServerContext } from '../server-env';

export function meRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  app.get(me.route, signedIn, async (c) => {
    const user = c.var.me;
    // A clerk's unit and a supervisor's region are in their own scope.
    const store = scopedStore(ctx.db, user);
    const unit = user.unitId ? await store.unit(user.unitId) : undefined;
    const region = user.regionId ? await store.region(user.regionId) : undefined;
    const answer: Me = {
      login: user.login,
      name: user.displayName,
      role: user.role,
      roleName: ROLE_NAMES[user.role],
      unit: user.unitId ? { id: user.unitId, name: unit?.name ?? '' } : null,
      region: user.regionId ? { id: user.regionId, name: region?.name ?? '' } : null,
    };
    return c.json(answer);
  });
  return app;
}
