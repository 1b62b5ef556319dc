import { Hono } from 'hono';
import { z } from 'zod';
import { changes } from '../../../api-contract/endpoints';
import { NOT_FOUND } from '../../reports/report-errors';
import { reportRevision, reportsChangedSince } from '../../reports/report-changes-store';
import { signedIn } from '../auth-middleware';
import { reportKey, validQuery, yearParam } from '../validators';
import type { AppEnv, ServerContext } from '../server-env';

const changesQuery = z.object({ year: yearParam, since: z.string().datetime().optional() });

/**
 * What the open pages ask every few seconds to follow the other side's changes (a light poll;
 * README, design notes): one report's revision, with an ETag so an unchanged report is a 304
 * with no body; and the reports of a year in the user's scope written since the last answer.
 */
export function liveRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.get('/reports/:unitId/:year/revision', signedIn, reportKey, async (c) => {
    const { key } = c.var;
    const found = await reportRevision(ctx.db, c.var.me, key.unitId, key.year);
    if (!found) return c.json({ error: NOT_FOUND }, 404);
    const etag = `"r${found.revision}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.json(found);
  });

  app.get(
    changes.route,
    signedIn,
    validQuery(changesQuery, { status: 400, error: '年度或时间无效。' }),
    async (c) => {
      const { year, since: asked } = c.var.query;
      const now = ctx.now();
      const since = asked && Date.parse(asked) < now.getTime() ? new Date(asked) : now;
      c.header('Cache-Control', 'no-store');
      const answer: z.input<typeof changes.response> = await reportsChangedSince(
        ctx.db,
        c.var.me,
        year,
        since,
        now,
      );
      return c.json(answer);
    },
  );

  return app;
}
