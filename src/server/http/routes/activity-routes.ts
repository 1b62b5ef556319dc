import { Hono } from 'hono';
import type { Context } from 'hono';
import { z } from 'zod';
import type { CurrentUser } from '../../accounts/current-user';
import { audit, clientEventsSince } from '../../audit/audit-log';
import type { AuditAction } from '../../audit/audit-log';
import { NOT_FOUND } from '../../reports/report-errors';
import { scopedStore } from '../../reports/scoped-store';
import { cleanText } from '../../../report/clean-text';
import { signedIn } from '../auth-middleware';
import { jsonBody, reportKey } from '../validators';
import type { ReportKey } from '../validators';
import type { AppEnv, ServerContext } from '../server-env';

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

  const record = async (
    // Any route's context (its variables differ by route); only `json` and the address are read.
    c: Context,
    user: CurrentUser,
    key: ReportKey,
    action: AuditAction,
    detail: string,
  ) => {
    // The unit must be in scope; its report may not be on the server yet (an import starts it).
    const report = await scopedStore(ctx.db, user).reportStamp(key.unitId, key.year);
    if (!report) return c.json({ error: NOT_FOUND }, 404);
    // The client writes these events: at most a few a minute, so they cannot bury real ones.
    const recent = await clientEventsSince(ctx.db, user.id, new Date(ctx.now().getTime() - 60_000));
    if (recent >= CLIENT_EVENTS_PER_MINUTE) {
      return c.json({ error: '导出、导入的记录过于频繁，请稍后再试。' }, 429);
    }
    await audit(ctx.db, {
      at: ctx.now(),
      userId: user.id,
      login: user.login,
      action,
      object: `report:${key.unitId}/${key.year}`,
      result: 'ok',
      // The revision the server holds at this moment (for an import: the one it replaces).
      revision: report.revision ?? undefined,
      sha256: report.sha256 ?? undefined,
      clientAddress: c.get('clientAddress') as string,
      detail,
    });
    return c.json({ ok: true }, 201);
  };

  // The session first, then the report's key, then the body: an anonymous bad body gets 401.
  app.post('/reports/:unitId/:year/exported', signedIn, reportKey, jsonBody(exportBody), (c) => {
    const body = c.var.body;
    return record(
      c,
      c.var.me,
      c.var.key,
      'export',
      `${FORMAT_WORDS[body.format]}${body.draftCopy ? '（草稿副本）' : ''}`,
    );
  });

  app.post('/reports/:unitId/:year/imported', signedIn, reportKey, jsonBody(importBody), (c) => {
    const body = c.var.body;
    const file = body.fileName ? `：${cleanText(body.fileName).slice(0, 120)}` : '';
    return record(c, c.var.me, c.var.key, 'import', `${SOURCE_WORDS[body.source]}${file}`);
  });

  return app;
}
