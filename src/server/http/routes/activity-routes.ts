import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import { audit } from '../../audit/audit-log';
import type { AuditAction } from '../../audit/audit-log';
import { unitScope } from '../../accounts/current-user';
import { NOT_FOUND } from '../../reports/report-errors';
import { cleanText } from '../../../report/clean-text';
import { signedIn } from '../auth-middleware';
import { readBody } from '../read-body';
import type { AppEnv, ServerContext } from '../server-env';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const year = z.coerce.number().int().min(2000).max(2100);
const keySchema = z.object({ unitId: id, year });

/** Printed, or downloaded as Word, HTML or plain text; a draft copy is marked 草稿. */
const exportBody = z.object({ format: z.enum(['print', 'docx', 'html', 'txt']), draftCopy: z.boolean() });
/** A published report or a draft file read in the browser and taken as the report's content. */
const importBody = z.object({
  source: z.enum(['published', 'draft-file', 'next-year']),
  fileName: z.string().max(500).optional(),
});

/** Exports and imports one user may record a minute (a person exports a handful at most). */
const CLIENT_EVENTS_PER_MINUTE = 20;

const FORMAT_WORDS = { print: '打印', docx: 'Word', html: 'HTML', txt: '纯文本' } as const;
const SOURCE_WORDS = {
  published: '已发布的报告',
  'draft-file': '草稿文件',
  'next-year': '上年草稿文件',
} as const;

/**
 * What the browser does with a report that the server cannot see by itself: exports (the
 * exporters run in the browser) and imports of files read there. Each is an audit event of
 * the signed-in user, at the server's time, for a report in their scope (404 otherwise), with
 * the revision and hash the server holds; the client says only what it did.
 */
export function activityRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();

  const record = async (c: Context<AppEnv>, action: AuditAction, detail: string) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const key = keySchema.safeParse({ unitId: c.req.param('unitId'), year: c.req.param('year') });
    if (!key.success) return c.json({ error: NOT_FOUND }, 404);
    const scope = unitScope(user, 3);
    // The unit must be in scope; its report may not be on the server yet (an import starts it).
    const [report] = await ctx.db.query<{ revision: number | null; sha256: string | null }>(
      `SELECT r.revision, r.sha256
         FROM units u JOIN regions g ON g.id = u.region_id
         LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $2
        WHERE u.id = $1 AND ${scope.sql}`,
      [key.data.unitId, key.data.year, scope.param],
    );
    if (!report) return c.json({ error: NOT_FOUND }, 404);
    // The client writes these events: at most a few a minute, so they cannot bury real ones.
    const [recent] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events
        WHERE user_id = $1 AND action IN ('export', 'import') AND at > $2`,
      [user.id, new Date(ctx.now().getTime() - 60_000)],
    );
    if ((recent?.n ?? 0) >= CLIENT_EVENTS_PER_MINUTE) {
      return c.json({ error: '导出、导入的记录过于频繁，请稍后再试。' }, 429);
    }
    await audit(ctx.db, {
      at: ctx.now(),
      userId: user.id,
      login: user.login,
      action,
      object: `report:${key.data.unitId}/${key.data.year}`,
      result: 'ok',
      // The revision the server holds at this moment (for an import: the one it replaces).
      revision: report.revision ?? undefined,
      sha256: report.sha256 ?? undefined,
      clientAddress: c.get('clientAddress'),
      detail,
    });
    return c.json({ ok: true }, 201);
  };

  app.post('/reports/:unitId/:year/exported', async (c) => {
    const body = await readBody(c, exportBody);
    return record(c, 'export', `${FORMAT_WORDS[body.format]}${body.draftCopy ? '（草稿副本）' : ''}`);
  });

  app.post('/reports/:unitId/:year/imported', async (c) => {
    const body = await readBody(c, importBody);
    const file = body.fileName ? `：${cleanText(body.fileName).slice(0, 120)}` : '';
    return record(c, 'import', `${SOURCE_WORDS[body.source]}${file}`);
  });

  return app;
}
