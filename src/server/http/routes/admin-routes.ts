import { Hono } from 'hono';
import {
  adminOverview,
  createRegion as regionEndpoint,
  createUnit as unitEndpoint,
  createUser as userEndpoint,
  resetPassword as resetEndpoint,
  adminImport,
  auditEvents,
} from '../../../api-contract/endpoints';
import type { Overview } from '../../../api-contract/endpoints';
import { z } from 'zod';
import {
  accountsOverview,
  createRegion,
  createUnit,
  createUser,
  resetPassword,
} from '../../accounts/accounts';
import type { CurrentUser } from '../../accounts/current-user';
import { audit, recentEvents } from '../../audit/audit-log';
import type { AuditAction } from '../../audit/audit-log';
import { importDraft } from '../../reports/import-draft';
import { adminOnly } from '../auth-middleware';
import { idParam, jsonBody, validQuery } from '../validators';
import type { AppEnv, ServerContext } from '../server-env';

const regionBody = regionEndpoint.request;
const unitBody = unitEndpoint.request;
const userBody = userEndpoint.request;
const resetBody = resetEndpoint.request;
const importBody = adminImport.request;
/** The audit log's page (`before`: the last id shown) and filters. */
const eventQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  user: z.string().max(40).optional(),
  action: z.string().max(40).optional(),
  unit: idParam.optional(),
});

/** The administrator's calls: regions, units, users, passwords, import of draft files, the audit log. */
interface Who {
  readonly me: CurrentUser;
  readonly clientAddress: string;
}

export function adminRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  /** An audit event of the administrator (`who`: the route's `c.var`). */
  const log = (who: Who, action: AuditAction, object: string, detail?: string) =>
    audit(ctx.db, {
      at: ctx.now(),
      userId: who.me.id,
      login: who.me.login,
      action,
      object,
      result: 'ok',
      clientAddress: who.clientAddress,
      detail,
    });

  app.get(adminOverview.route, adminOnly, async (c) => {
    const { regions, units, users } = await accountsOverview(ctx.db);
    const answer: Overview = {
      regions,
      units,
      users: users.map((u) => ({
        ...u,
        lockedUntil: u.lockedUntil && new Date(u.lockedUntil).toISOString(),
      })),
    };
    return c.json(answer);
  });

  app.post(regionEndpoint.route, adminOnly, jsonBody(regionBody), async (c) => {
    const { body } = c.var;
    const region = await createRegion(ctx.db, body);
    await log(c.var, 'create-region', `region:${region.id}`, region.name);
    return c.json(region, 201);
  });

  app.post(unitEndpoint.route, adminOnly, jsonBody(unitBody), async (c) => {
    const { body } = c.var;
    const unit = await createUnit(ctx.db, body);
    await log(c.var, 'create-unit', `unit:${unit.id}`, unit.name);
    return c.json(unit, 201);
  });

  app.post(userEndpoint.route, adminOnly, jsonBody(userBody), async (c) => {
    const { body } = c.var;
    const created = await createUser(ctx.db, body, ctx.now());
    await log(c.var, 'create-user', `user:${created.login}`, created.role);
    return c.json(created, 201);
  });

  app.post(resetEndpoint.route, adminOnly, jsonBody(resetBody), async (c) => {
    const { body } = c.var;
    const changed = await resetPassword(ctx.db, body.login, body.password);
    await log(c.var, 'reset-password', `user:${changed.login}`);
    return c.json({ ok: true });
  });

  app.post(adminImport.route, adminOnly, jsonBody(importBody), async (c) => {
    const { me: user, body } = c.var;
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

  app.get(
    auditEvents.route,
    adminOnly,
    validQuery(eventQuery, { status: 400, error: '筛选条件有误。' }),
    async (c) => {
      const { before, user: login, action, unit: unitId } = c.var.query;
      const answer: z.input<typeof auditEvents.response> = {
        events: (await recentEvents(ctx.db, 200, { before, login, action, unitId })).map((e) => ({
          ...e,
          at: e.at.toISOString(),
        })),
      };
      return c.json(answer);
    },
  );

  return app;
}
