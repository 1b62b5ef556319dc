import { Hono } from 'hono';
import { z } from 'zod';
import { isCalendarDay, setDeadline } from '../../desk/deadlines';
import { findingsList } from '../../desk/findings-list';
import { roster } from '../../desk/roster';
import { yearFigures } from '../../desk/year-figures';
import { reconcileRegion } from '../../desk/reconcile-region';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const deadlineBody = z.object({
  deadline: z.string().refine(isCalendarDay).nullable(),
});

/** The supervisor's desk: the roster with deadlines, and the 问题清单. */
export function deskRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  app.get('/roster', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    if (user.role !== 'supervisor') return c.json({ error: '只有审核人有单位名单。' }, 403);
    const y = year.safeParse(c.req.query('year'));
    if (!y.success) return c.json({ error: '年度无效。' }, 400);
    return c.json(await roster(ctx.db, user, y.data, ctx.now()));
  });

  app.put('/deadlines/:regionId/:year', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = z.object({ regionId: id, year }).safeParse(c.req.param());
    if (!key.success) return c.json({ error: '没有找到这个地区。' }, 404);
    const body = await readBody(c, deadlineBody);
    await setDeadline(
      ctx.db,
      user,
      { regionId: key.data.regionId, year: key.data.year, deadline: body.deadline },
      ctx.now(),
      c.get('clientAddress'),
    );
    return c.json({ regionId: key.data.regionId, year: key.data.year, deadline: body.deadline });
  });

  app.get('/findings', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const y = year.safeParse(c.req.query('year'));
    if (!y.success) return c.json({ error: '年度无效。' }, 400);
    const region = c.req.query('region');
    const r = region === undefined ? undefined : id.safeParse(region);
    const answer = r && !r.success ? undefined : await findingsList(ctx.db, user, r?.data, y.data);
    return answer ? c.json(answer) : c.json({ error: '没有找到这个地区。' }, 404);
  });
  app.get('/reconcile', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const y = year.safeParse(c.req.query('year'));
    if (!y.success) return c.json({ error: '年度无效。' }, 400);
    const region = c.req.query('region');
    const own = c.req.query('own');
    const r = region === undefined ? undefined : id.safeParse(region);
    const o = own === undefined ? undefined : id.safeParse(own);
    if ((r && !r.success) || (o && !o.success)) return c.json({ error: '没有找到这个地区。' }, 404);
    const includeOwn = c.req.query('includeOwn') === '1';
    const answer = await reconcileRegion(ctx.db, user, r?.data, y.data, o?.data, includeOwn);
    return answer ? c.json(answer) : c.json({ error: '没有找到这个地区。' }, 404);
  });

  app.get('/figures', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const y = year.safeParse(c.req.query('year'));
    if (!y.success) return c.json({ error: '年度无效。' }, 400);
    const region = c.req.query('region');
    const r = region === undefined ? undefined : id.safeParse(region);
    const answer = r && !r.success ? undefined : await yearFigures(ctx.db, user, r?.data, y.data);
    return answer ? c.json(answer) : c.json({ error: '没有找到这个地区。' }, 404);
  });
  return app;
}
