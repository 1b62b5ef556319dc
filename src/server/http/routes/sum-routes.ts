import { Hono } from 'hono';
import { z } from 'zod';
import { sumDrafts } from '../../../batch/sum-drafts';
import { readStored } from '../../reports/stored-document';
import { signedIn } from '../auth-middleware';
import type { AppEnv, ServerContext } from '../server-env';

const query = z.object({
  region: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export function sumRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  /** The 汇总 of the approved reports under a region in the supervisor's scope. */
  app.get('/sum', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const q = query.safeParse({ region: c.req.query('region'), year: c.req.query('year') });
    const notFound = c.json({ error: '没有找到这个地区。' }, 404);
    if (!q.success || user.role !== 'supervisor') return notFound;
    const [region] = await ctx.db.query<{ name: string; path: string }>(
      'SELECT name, path FROM regions WHERE id = $1 AND path LIKE $2',
      [q.data.region, `${user.regionPath ?? '-'}%`],
    );
    if (!region) return notFound;
    const rows = await ctx.db.query<{ id: number; name: string; document: unknown }>(
      `SELECT u.id, u.name, r.document FROM reports r JOIN units u ON u.id = r.unit_id
         JOIN regions g ON g.id = u.region_id
        WHERE r.year = $1 AND r.status = 'approved' AND g.path LIKE $2 ORDER BY g.path, u.name`,
      [q.data.year, `${region.path}%`],
    );
    const total = sumDrafts(
      rows.map((r) => readStored(r.document)),
      region.name,
      q.data.year,
    );
    return c.json({
      region: region.name,
      year: q.data.year,
      units: rows.map(({ id, name }) => ({ id, name })),
      document: total,
    });
  });
  return app;
}
