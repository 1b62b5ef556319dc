import type { Context, MiddlewareHandler } from 'hono';
import type { CurrentUser } from '../accounts/current-user';
import { loadUser } from '../accounts/current-user';
import { peekSession, touchSession } from '../auth/sessions';
import type { AppEnv, ServerContext } from './server-env';
import { readSessionCookie } from './session-cookie';

/** The polls of the open pages (routes/live-routes.ts): they do not count as the user's activity. */
const POLL = /\/api\/(?:changes|reports\/\d+\/\d+\/revision)$/;

/**
 * Sets `user` when the request carries a live session, and marks the session seen — except for
 * a page's poll, which only reads it (no write per poll; an unattended page still times out).
 */
export function loadSession(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', undefined);
    const token = readSessionCookie(c, ctx);
    c.set('sessionToken', token);
    if (token) {
      const poll = c.req.method === 'GET' && POLL.test(c.req.path);
      const userId = await (poll ? peekSession : touchSession)(ctx.db, token, ctx.now());
      if (userId !== undefined) c.set('user', await loadUser(ctx.db, userId));
    }
    return next();
  };
}

/** The signed-in user, or a 401 response to return. */
export function signedIn(c: Context<AppEnv>): CurrentUser | Response {
  const user = c.get('user');
  return user ?? c.json({ error: '请先登录（登录已过期或尚未登录）。' }, 401);
}
