import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { unitScope } from '../../accounts/current-user';
import { changeStatus, getReport, saveReport } from '../../reports/report-service';
import type { Actor, Transition } from '../../reports/report-service';
import { NOT_FOUND } from '../../reports/report-errors';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const keySchema = z.object({ unitId: id, year });

const putBody = z.object({ baseRevision: z.number().int().min(0), document: z.unknown() });
const transitionBody = z.object({
  revision: z.number().int().min(1),
  comment: z.string().trim().max(5000).optional(),
});

const TRANSITIONS: readonly Transition[] = ['submit', 'withdraw', 'return', 'approve', 'reopen'];

/** The route's unit and year, or undefined for ids that cannot exist (answered as not found). */
function reportKey(c: Context<AppEnv>) {
  const parsed = keySchema.safeParse({ unitId: c.req.param('unitId'), year: c.req.param('year') });
  return parsed.success ? parsed.data : undefined;
}

export function reportRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  const actorOf = (c: Context<AppEnv>, user: Actor['user']): Actor => ({
    user,
    now: ctx.now(),
    clientAddress: c.get('clientAddress'),
  });

  app.get('/units', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const y = year.safeParse(c.req.query('year') ?? new Date().getFullYear() - 1);
    if (!y.success) return c.json({ error: '年度无效。' }, 400);
    const scope = unitScope(user, 2);
    const rows = await ctx.db.query(
      `SELECT u.id, u.name, g.id AS "regionId", g.name AS "regionName",
              r.status, r.revision, r.errors, r.warnings, r.updated_at AS "updatedAt",
              w.display_name AS "updatedBy"
         FROM units u JOIN regions g ON g.id = u.region_id
         LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
         LEFT JOIN users w ON w.id = r.updated_by
        WHERE ${scope.sql}
        ORDER BY g.path, u.name`,
      [y.data, scope.param],
    );
    return c.json({ year: y.data, units: rows });
  });

  app.get('/reports/:unitId/:year', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    const report = key && (await getReport(ctx.db, user, key.unitId, key.year));
    if (!report) return c.json({ error: NOT_FOUND }, 404);
    return c.json({ revision: report.revision, status: report.status, document: report.document });
  });

  app.put('/reports/:unitId/:year', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    if (!key) return c.json({ error: NOT_FOUND }, 404);
    const body = await readBody(c, putBody);
    const saved = await saveReport(
      ctx.db,
      actorOf(c, user),
      key.unitId,
      key.year,
      body.baseRevision,
      body.document,
    );
    return c.json(saved);
  });

  for (const transition of TRANSITIONS) {
    app.post(`/reports/:unitId/:year/${transition}`, async (c) => {
      const user = signedIn(c);
      if (user instanceof Response) return user;
      const key = reportKey(c);
      if (!key) return c.json({ error: NOT_FOUND }, 404);
      const body = await readBody(c, transitionBody);
      const result = await changeStatus(
        ctx.db,
        actorOf(c, user),
        key.unitId,
        key.year,
        transition,
        body.revision,
        body.comment || undefined,
      );
      return c.json(result);
    });
  }

  return app;
}
