import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { unitScope } from '../../accounts/current-user';
import { changeStatus, getReport, saveReport } from '../../reports/report-service';
import type { Actor, Transition } from '../../reports/report-service';
import { NOT_FOUND } from '../../reports/report-errors';
import { checkPublication } from '../../reports/publication-service';
import { addServerComment, replyToComment } from '../../reports/review-thread-service';
import { settleAcrossUnits, settleOnServer } from '../../reports/settlement-service';
import { MAX_REPLY_CHARS } from '../../../report/limits';
import { MAX_SETTLE_NOTE_CHARS } from '../../../report/settlements';
import { SETTLE_STATES } from '../../../report/schema';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';
import { reportingYear } from '../../../report/reporting-year';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const keySchema = z.object({ unitId: id, year });

const putBody = z.object({ baseRevision: z.number().int().min(0), document: z.unknown() });
const transitionBody = z.object({
  revision: z.number().int().min(1),
  comment: z.string().trim().max(5000).optional(),
});

const commentBody = z.object({
  revision: z.number().int().min(1),
  part: z.string().max(40),
  path: z.string().max(200).optional(),
  text: z.string().trim().min(1).max(5000),
});
const replyBody = z.object({
  revision: z.number().int().min(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  text: z.string().trim().min(1).max(MAX_REPLY_CHARS),
});
const settleFields = {
  rule: z.string().min(1).max(10),
  path: z.string().max(200),
  state: z.enum(SETTLE_STATES),
  note: z.string().max(MAX_SETTLE_NOTE_CHARS * 2),
};
const settleBody = z.object({ ...settleFields, revision: z.number().int().min(0).optional() });
const bulkSettleBody = z.object({ ...settleFields, year, unitIds: z.array(id).min(1).max(1000) });
/** The published page: its text pasted, or a file (.txt/.html/.docx/.pdf) in base64. */
const publicationBody = z.union([
  z.object({ text: z.string().min(1).max(1_000_000) }),
  z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1).max(2_000_000) }),
]);

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
    const y = year.safeParse(c.req.query('year') ?? reportingYear());
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

  app.post('/reports/:unitId/:year/comments', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    if (!key) return c.json({ error: NOT_FOUND }, 404);
    const body = await readBody(c, commentBody);
    const { revision, ...comment } = body;
    return c.json(await addServerComment(ctx.db, actorOf(c, user), key.unitId, key.year, revision, comment));
  });

  app.post('/reports/:unitId/:year/comments/:commentId/replies', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    if (!key) return c.json({ error: NOT_FOUND }, 404);
    const body = await readBody(c, replyBody);
    const answer = await replyToComment(
      ctx.db,
      actorOf(c, user),
      key.unitId,
      key.year,
      body.revision,
      c.req.param('commentId'),
      { id: body.id, text: body.text },
    );
    return c.json(answer);
  });

  app.post('/reports/:unitId/:year/settlements', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    if (!key) return c.json({ error: NOT_FOUND }, 404);
    const body = await readBody(c, settleBody);
    return c.json(await settleOnServer(ctx.db, actorOf(c, user), key.unitId, key.year, body));
  });

  app.post('/settlements', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const { year: y, unitIds, ...request } = await readBody(c, bulkSettleBody);
    const units = [...new Set(unitIds)];
    return c.json({ outcomes: await settleAcrossUnits(ctx.db, actorOf(c, user), y, units, request) });
  });

  app.post('/reports/:unitId/:year/publication-check', async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = reportKey(c);
    if (!key) return c.json({ error: NOT_FOUND }, 404);
    const body = await readBody(c, publicationBody);
    const page =
      'text' in body
        ? { kind: 'text' as const, text: body.text }
        : {
            kind: 'file' as const,
            name: body.fileName,
            bytes: new Uint8Array(Buffer.from(body.contentBase64, 'base64')),
          };
    const source = 'text' in body ? '粘贴的文字' : `文件 ${body.fileName}`;
    return c.json(await checkPublication(ctx.db, actorOf(c, user), key.unitId, key.year, page, source));
  });

  return app;
}
