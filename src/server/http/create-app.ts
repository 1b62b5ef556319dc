import { Hono } from 'hono';
import type { ErrorHandler } from 'hono';
import { AccountError } from '../accounts/accounts';
import { databaseAnswers } from '../db/database';
import { DATABASE_AWAY_MESSAGE, isDatabaseUnavailable } from '../db/db-errors';
import { ReportError } from '../reports/report-errors';
import { loadSession } from './auth-middleware';
import { BodyError } from './read-body';
import { requestLog } from './request-log';
import { activityRoutes } from './routes/activity-routes';
import { adminRoutes } from './routes/admin-routes';
import { deskRoutes } from './routes/desk-routes';
import { meRoutes } from './routes/me-routes';
import { passwordRoutes } from './routes/password-routes';
import { reportRoutes } from './routes/report-routes';
import { sessionRoutes } from './routes/session-routes';
import { setupRoutes } from './routes/setup-routes';
import { sumRoutes } from './routes/sum-routes';
import { checkOrigin, clientAddress, limitBody, securityHeaders } from './security';
import type { InlineAllowance } from './security';
import type { AppEnv, ServerContext } from './server-env';
import { serveBuiltApp } from './static-app';

/** Refusals as `{ error }` with their status; anything else is a 500 that says nothing inside. */
const onError: ErrorHandler<AppEnv> = (e, c) => {
  const requestId = c.get('requestId');
  if (e instanceof ReportError) return c.json({ error: e.message, ...e.extra }, e.status);
  if (e instanceof AccountError) return c.json({ error: e.message }, e.status);
  if (e instanceof BodyError) return c.json({ error: e.message }, e.status);
  if (isDatabaseUnavailable(e)) {
    // One line per refused request while the database is away, no stack: it is not a bug.
    console.error(`${DATABASE_AWAY_MESSAGE} ${c.req.method} ${c.req.path} ${requestId}：${e.message}`);
    return c.json({ error: `${DATABASE_AWAY_MESSAGE}（请求编号 ${requestId}）`, requestId }, 503);
  }
  console.error(`请求 ${requestId} 出错：`, e);
  return c.json({ error: `服务器内部错误，请稍后再试。（请求编号 ${requestId}）`, requestId }, 500);
};

/** The whole HTTP application: /api of server.md, and the built app when `distDir` is given. */
export function createApp(ctx: ServerContext, distDir?: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Filled in once the built app is read (its inline code's hashes), before any request.
  const allow: InlineAllowance = { scripts: [], styles: [] };
  app.use('*', requestLog(ctx.requestLog), securityHeaders(allow));
  // For the office's monitoring: 200 when the database answers, 503 while it is away.
  app.get('/healthz', async (c) => {
    try {
      await databaseAnswers(ctx.db);
      return c.json({ ok: true });
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      return c.json({ ok: false, error: DATABASE_AWAY_MESSAGE }, 503);
    }
  });
  const api = new Hono<AppEnv>();
  api.use('*', clientAddress(ctx), limitBody, checkOrigin(ctx), loadSession(ctx));
  api.route('/', sessionRoutes(ctx));
  api.route('/', setupRoutes(ctx));
  api.route('/', meRoutes(ctx));
  api.route('/', passwordRoutes(ctx));
  api.route('/', activityRoutes(ctx));
  api.route('/', reportRoutes(ctx));
  api.route('/', sumRoutes(ctx));
  api.route('/', deskRoutes(ctx));
  api.route('/', adminRoutes(ctx));
  api.notFound((c) => c.json({ error: '没有这个接口。' }, 404));
  app.route('/api', api);
  api.onError(onError);
  app.onError(onError);
  if (distDir) Object.assign(allow, serveBuiltApp(app, distDir));
  return app;
}
