import { Hono } from 'hono';
import { z } from 'zod';
import { NOT_FOUND } from '../../reports/report-errors';
import { reportRevision, reportsChangedSince } from '../../reports/report-changes';
import { signedIn } from '../auth-middleware';
import type { AppEnv, ServerContext } from '../server-env';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const keySchema = z.object({ unitId: id, year });
const changesQuery = z.object({ year, since: z.string().datetime().optional() });

/**
 * What the open pages ask every few seconds to follow the other side's changes (a light poll;
 * README, design notes): one report's revision, with an ETag so an unchanged report is a 304
 * with no body; and the reports of a year in the user's scope written since the last answer.
 */
export function liveRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.get('/reports/:unitId/:year/revision', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = keySchema.safeParse({ unitId: c.req.param('unitId'), year: c.req.param('year') });
    const found = key.success
      ? await reportRevision(ctx.db, user, key.data.unitId, key.data.year)
      : undefined;
    if (!found) return c.json({ error: NOT_FOUND }, 404);
    const etag = `"r${found.revision}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json(found);
  });

  app.get('/changes', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const q = changesQuery.safeParse({ year: c.req.query('year'), since: c.req.query('since') });
    if (!q.success) return c.json({ error: '年度或时间无效。' }, 400);
    const now = ctx.now();
    const asked = q.data.since ? new Date(q.data.since) : now;
    const since = asked.getTime() > now.getTime() ? now : asked;
    c.header('Cache-Control', 'no-store');
    return c.json(await reportsChangedSince(ctx.db, user, q.data.year, since, now));
  });

  return app;
}
