import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { createRegion, createUnit, createUser, resetPassword } from '../../accounts/accounts';
import type { CurrentUser } from '../../accounts/current-user';
import { REGION_LEVELS, ROLES } from '../../accounts/roles';
import { audit, recentEvents } from '../../audit/audit-log';
import type { AuditAction } from '../../audit/audit-log';
import { importDraft } from '../../reports/import-draft';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const name = z.string().trim().min(1).max(200);
const id = z.number().int().positive();
const regionBody = z.object({ name, level: z.enum(REGION_LEVELS), parentId: id.optional() });
const unitBody = z.object({ name, regionId: id });
const userBody = z.object({
  login: z.string().max(40),
  displayName: name,
  password: z.string().max(200),
  role: z.enum(ROLES),
  unitId: id.optional(),
  regionId: id.optional(),
});
const resetBody = z.object({ login: z.string().max(40), password: z.string().max(200) });
const importBody = z.object({ unitId: id, document: z.unknown() });
/** The audit log's page (`before`: the last id shown) and filters. */
const eventQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  user: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

/** The administrator's calls: regions, units, users, passwords, import of draft files, the audit log. */
export function adminRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  const admin = (c: Context<AppEnv>): CurrentUser | Response => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    return user.role === 'admin' ? user : c.json({ error: '只有管理员可以这样做。' }, 403);
  };
  const log = (c: Context<AppEnv>, user: CurrentUser, action: AuditAction, object: string, detail?: string) =>
    audit(ctx.db, {
      at: ctx.now(),
      userId: user.id,
      login: user.login,
      action,
      object,
      result: 'ok',
      clientAddress: c.get('clientAddress'),
      detail,
    });

  app.get('/admin/overview', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const regions = await ctx.db.query(
      'SELECT id, parent_id AS "parentId", name, level, path FROM regions ORDER BY path',
    );
    const units = await ctx.db.query(
      'SELECT id, region_id AS "regionId", name FROM units ORDER BY region_id, name',
    );
    const users = await ctx.db.query(
      `SELECT id, login, display_name AS "displayName", role, unit_id AS "unitId", region_id AS "regionId",
              locked_until AS "lockedUntil" FROM users ORDER BY login`,
    );
    return c.json({ regions, units, users });
  });

  app.post('/admin/regions', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const region = await createRegion(ctx.db, await readBody(c, regionBody));
    await log(c, user, 'create-region', `region:${region.id}`, region.name);
    return c.json(region, 201);
  });

  app.post('/admin/units', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const unit = await createUnit(ctx.db, await readBody(c, unitBody));
    await log(c, user, 'create-unit', `unit:${unit.id}`, unit.name);
    return c.json(unit, 201);
  });

  app.post('/admin/users', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const created = await createUser(ctx.db, await readBody(c, userBody), ctx.now());
    await log(c, user, 'create-user', `user:${created.login}`, created.role);
    return c.json(created, 201);
  });

  app.post('/admin/password', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const body = await readBody(c, resetBody);
    const changed = await resetPassword(ctx.db, body.login, body.password);
    await log(c, user, 'reset-password', `user:${changed.login}`);
    return c.json({ ok: true });
  });

  app.post('/admin/import', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const body = await readBody(c, importBody);
    const result = await ctx.db.transaction((tx) =>
      importDraft(tx, body.unitId, body.document, user.id, ctx.now()),
    );
    await audit(ctx.db, {
      at: ctx.now(),
      userId: user.id,
      login: user.login,
      action: 'import',
      object: `report:${body.unitId}/${result.year}`,
      result: 'ok',
      revision: result.revision,
      sha256: result.sha256,
      clientAddress: c.get('clientAddress'),
    });
    return c.json(result);
  });

  app.get('/admin/events', async (c) => {
    const user = admin(c);
    if (user instanceof Response) return user;
    const filter = eventQuery.safeParse(c.req.query());
    if (!filter.success) return c.json({ error: '筛选条件有误。' }, 400);
    const { before, user: login, action, unit: unitId } = filter.data;
    return c.json({ events: await recentEvents(ctx.db, 200, { before, login, action, unitId }) });
  });

  return app;
}
