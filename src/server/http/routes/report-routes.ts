import { Hono } from 'hono';
import type { CurrentUser } from '../../accounts/current-user';
import { z } from 'zod';
import {
  checkPublication as publicationEndpoint,
  report as reportEndpoint,
  settleAcrossUnits as bulkSettleEndpoint,
  units,
} from '../../../api-contract/endpoints';
import { asUnitRow } from '../../reports/scoped-store';
import { changeStatus, getReport, saveReport } from '../../reports/report-service';
import type { Actor, Transition } from '../../reports/report-service';
import { NOT_FOUND } from '../../reports/report-errors';
import { scopedStore } from '../../reports/scoped-store';
import { checkPublication } from '../../reports/publication-service';
import { addServerComment, replyToComment } from '../../reports/review-thread-service';
import { settleAcrossUnits, settleOnServer } from '../../reports/settlement-service';
import { MAX_REPLY_CHARS } from '../../../report/limits';
import { MAX_SETTLE_NOTE_CHARS } from '../../../report/settlements';
import { SETTLE_STATES } from '../../../report/schema';
import { signedIn } from '../auth-middleware';
import { jsonBody, reportKey, validQuery, yearParam } from '../validators';
import type { AppEnv, ServerContext } from '../server-env';
import { reportingYear } from '../../../report/reporting-year';

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
const TRANSITIONS: readonly Transition[] = ['submit', 'withdraw', 'return', 'approve', 'reopen'];

const unitsQuery = z.object({ year: yearParam.optional() });

export function reportRoutes(ctx: ServerContext) {
  const app = new Hono<AppEnv>();
  /** Who asks (the route's `c.var`), at the server's time. */
  const actorOf = (who: { me: CurrentUser; clientAddress: string }): Actor => ({
    user: who.me,
    now: ctx.now(),
    clientAddress: who.clientAddress,
  });

  app.get(units.route, signedIn, validQuery(unitsQuery, { status: 400, error: '年度无效。' }), async (c) => {
    const y = c.var.query.year ?? reportingYear();
    const rows = await scopedStore(ctx.db, c.var.me).unitsWithReports(y);
    const answer: z.input<typeof units.response> = { year: y, units: rows.map(asUnitRow) };
    return c.json(answer);
  });

  app.get(reportEndpoint.route, signedIn, reportKey, async (c) => {
    const { key } = c.var;
    const report = await getReport(ctx.db, c.var.me, key.unitId, key.year);
    if (!report) return c.json({ error: NOT_FOUND }, 404);
    const answer: z.input<typeof reportEndpoint.response> = {
      revision: report.revision,
      status: report.status,
      document: report.document,
    };
    return c.json(answer);
  });

  app.put('/reports/:unitId/:year', signedIn, reportKey, jsonBody(putBody), async (c) => {
    const { key, body } = c.var;
    return c.json(
      await saveReport(ctx.db, actorOf(c.var), key.unitId, key.year, body.baseRevision, body.document),
    );
  });

  for (const transition of TRANSITIONS) {
    app.post(
      `/reports/:unitId/:year/${transition}`,
      signedIn,
      reportKey,
      jsonBody(transitionBody),
      async (c) => {
        const { key, body } = c.var;
        const comment = body.comment || undefined;
        return c.json(
          await changeStatus(
            ctx.db,
            actorOf(c.var),
            key.unitId,
            key.year,
            transition,
            body.revision,
            comment,
          ),
        );
      },
    );
  }

  app.post('/reports/:unitId/:year/comments', signedIn, reportKey, jsonBody(commentBody), async (c) => {
    const { key, body } = c.var;
    const { revision, ...comment } = body;
    return c.json(await addServerComment(ctx.db, actorOf(c.var), key.unitId, key.year, revision, comment));
  });

  app.post(
    '/reports/:unitId/:year/comments/:commentId/replies',
    signedIn,
    reportKey,
    jsonBody(replyBody),
    async (c) => {
      const { key, body } = c.var;
      const answer = { id: body.id, text: body.text };
      const commentId = c.req.param('commentId');
      return c.json(
        await replyToComment(ctx.db, actorOf(c.var), key.unitId, key.year, body.revision, commentId, answer),
      );
    },
  );

  app.post('/reports/:unitId/:year/settlements', signedIn, reportKey, jsonBody(settleBody), async (c) => {
    const { key, body } = c.var;
    return c.json(await settleOnServer(ctx.db, actorOf(c.var), key.unitId, key.year, body));
  });

  app.post(bulkSettleEndpoint.route, signedIn, jsonBody(bulkSettleEndpoint.request), async (c) => {
    const { year: y, unitIds, ...request } = c.var.body;
    const units = [...new Set(unitIds)];
    const answer: z.input<typeof bulkSettleEndpoint.response> = {
      outcomes: await settleAcrossUnits(ctx.db, actorOf(c.var), y, units, request),
    };
    return c.json(answer);
  });

  app.post(
    publicationEndpoint.route,
    signedIn,
    reportKey,
    jsonBody(publicationEndpoint.request),
    async (c) => {
      const { key, body } = c.var;
      const page =
        'text' in body
          ? { kind: 'text' as const, text: body.text }
          : {
              kind: 'file' as const,
              name: body.fileName,
              bytes: new Uint8Array(Buffer.from(body.contentBase64, 'base64')),
            };
      const source = 'text' in body ? '粘贴的文字' : `文件 ${body.fileName}`;
      const answer: z.input<typeof publicationEndpoint.response> = await checkPublication(
        ctx.db,
        actorOf(c.var),
        key.unitId,
        key.year,
        page,
        source,
      );
      return c.json(answer);
    },
  );

  return app;
}
