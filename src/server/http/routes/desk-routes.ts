import { Hono } from 'hono';
import { z } from 'zod';
import { isCalendarDay, setDeadline } from '../../desk/deadlines';
import {
  findingsList as findingsEndpoint,
  reconcileRegion as reconcileEndpoint,
  roster as rosterEndpoint,
  yearFigures as figuresEndpoint,
} from '../../../api-contract/desk-endpoints';
import { findingsList } from '../../desk/findings-list';
import { roster } from '../../desk/roster';
import { yearFigures } from '../../desk/year-figures';
import { reconcileRegion } from '../../desk/reconcile-region';
import { signedIn, signedInAs } from '../auth-middleware';
import { idParam, validQuery, yearParam } from '../validators';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const REGION_NOT_FOUND = '没有找到这个地区。';
/** `?year=` (400 when bad) and the optional `?region=` (404 when it cannot exist). */
const yearQuery = validQuery(z.object({ year: yearParam }), { status: 400, error: '年度无效。' });
const regionRefusal = { status: 404, error: REGION_NOT_FOUND } as const;
const regionQuery = validQuery(z.object({ region: idParam.optional() }), regionRefusal);
const regionOwnQuery = validQuery(
  z.object({ region: idParam.optional(), own: idParam.optional() }),
  regionRefusal,
);
/** `?limit=`: how many units a list shows from the first (a page or more). */
const limitQuery = validQuery(z.object({ limit: z.coerce.number().int().min(1).max(100_000).optional() }), {
  status: 400,
  error: '每页数量无效。',
});
const deadlineBody = z.object({
  deadline: z.string().refine(isCalendarDay).nullable(),
});

/** The supervisor's desk: the roster with deadlines, and the 问题清单. */
export function deskRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.get(
    rosterEndpoint.route,
    signedInAs('supervisor', '只有审核人有单位名单。'),
    yearQuery,
    limitQuery,
    async (c) => {
      return c.json(await roster(ctx.db, c.var.me, c.var.query.year, ctx.now(), c.var.query.limit));
    },
  );

  app.put('/deadlines/:regionId/:year', signedIn, async (c) => {
    const key = z.object({ regionId: idParam, year: yearParam }).safeParse(c.req.param());
    if (!key.success) return c.json({ error: REGION_NOT_FOUND }, 404);
    const body = await readBody(c, deadlineBody);
    await setDeadline(
      ctx.db,
      c.var.me,
      { regionId: key.data.regionId, year: key.data.year, deadline: body.deadline },
      ctx.now(),
      c.get('clientAddress'),
    );
    return c.json({ regionId: key.data.regionId, year: key.data.year, deadline: body.deadline });
  });

  app.get(findingsEndpoint.route, signedIn, yearQuery, regionQuery, limitQuery, async (c) => {
    const { me, query } = c.var;
    const answer = await findingsList(ctx.db, me, query.region, query.year, query.limit);
    return answer ? c.json(answer) : c.json({ error: REGION_NOT_FOUND }, 404);
  });
  app.get(reconcileEndpoint.route, signedIn, yearQuery, regionOwnQuery, async (c) => {
    const { me, query } = c.var;
    const includeOwn = c.req.query('includeOwn') === '1';
    const answer = await reconcileRegion(ctx.db, me, query.region, query.year, query.own, includeOwn);
    return answer ? c.json(answer) : c.json({ error: REGION_NOT_FOUND }, 404);
  });

  app.get(figuresEndpoint.route, signedIn, yearQuery, regionQuery, async (c) => {
    const { me, query } = c.var;
    const answer = await yearFigures(ctx.db, me, query.region, query.year);
    return answer ? c.json(answer) : c.json({ error: REGION_NOT_FOUND }, 404);
  });
  return app;
}
