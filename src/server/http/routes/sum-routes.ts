import { regionSum as regionSumEndpoint } from '../../../api-contract/desk-endpoints';
import { Hono } from 'hono';
import { z } from 'zod';
import { subtotalsCsv } from '../../../batch/sum-csv';
import { REGION_LEVEL_NAMES } from '../../accounts/roles';
import { regionSum, regionTotals } from '../../desk/region-sum';
import { signedIn } from '../auth-middleware';
import { idParam, validQuery, yearParam } from '../validators';
import type { AppEnv, ServerContext } from '../server-env';

const NOT_FOUND = '没有找到这个地区。';
const regionYear = validQuery(z.object({ region: idParam, year: yearParam }), {
  status: 404,
  error: NOT_FOUND,
});

export function sumRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  /** The 汇总 of the approved reports under a region in the supervisor's scope. */
  app.get(regionSumEndpoint.route, signedIn, regionYear, async (c) => {
    const { me, query } = c.var;
    const answer = await regionSum(ctx.db, me, query.region, query.year);
    return answer ? c.json(answer) : c.json({ error: NOT_FOUND }, 404);
  });

  /** Every level's subtotal under the region (the region itself first), as one CSV. */
  app.get('/sum/subtotals.csv', signedIn, regionYear, async (c) => {
    const { me, query } = c.var;
    const t = await regionTotals(ctx.db, me, query.region, query.year);
    if (!t) return c.json({ error: NOT_FOUND }, 404);
    const csv = subtotalsCsv(
      t.regions.map((g) => ({ name: g.name, level: REGION_LEVEL_NAMES[g.level], total: t.totalOf(g.id) })),
    );
    const file = encodeURIComponent(`${t.region.name}-${t.year}-各级小计.csv`);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="subtotals-${t.year}.csv"; filename*=UTF-8''${file}`,
    });
  });
  return app;
}
