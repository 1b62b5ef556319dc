import { Hono } from 'hono';
import { z } from 'zod';
import { subtotalsCsv } from '../../../batch/sum-csv';
import { REGION_LEVEL_NAMES } from '../../accounts/roles';
import { regionSum, regionTotals } from '../../desk/region-sum';
import { signedIn } from '../auth-middleware';
import type { AppEnv, ServerContext } from '../server-env';

const query = z.object({
  region: z.coerce.number().int().positive().max(2_147_483_647),
  year: z.coerce.number().int().min(2000).max(2100),
});

const NOT_FOUND = '没有找到这个地区。';

export function sumRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  /** The 汇总 of the approved reports under a region in the supervisor's scope. */
  app.get('/sum', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const q = query.safeParse({ region: c.req.query('region'), year: c.req.query('year') });
    const answer = q.success ? await regionSum(ctx.db, user, q.data.region, q.data.year) : undefined;
    return answer ? c.json(answer) : c.json({ error: NOT_FOUND }, 404);
  });

  /** Every level's subtotal under the region (the region itself first), as one CSV. */
  app.get('/sum/subtotals.csv', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const q = query.safeParse({ region: c.req.query('region'), year: c.req.query('year') });
    const t = q.success ? await regionTotals(ctx.db, user, q.data.region, q.data.year) : undefined;
    if (!t) return c.json({ error: NOT_FOUND }, 404);
    const csv = subtotalsCsv(
      t.regions.flatMap((g) => {
        const total = t.totals.get(g.id);
        return total ? [{ name: g.name, level: REGION_LEVEL_NAMES[g.level], total }] : [];
      }),
    );
    const file = encodeURIComponent(`${t.region.name}-${t.year}-各级小计.csv`);
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="subtotals-${t.year}.csv"; filename*=UTF-8''${file}`,
    });
  });
  return app;
}
