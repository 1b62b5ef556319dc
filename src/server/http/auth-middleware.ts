import { createMiddleware } from 'hono/factory';
import type { MiddlewareHandler } from 'hono';
import type { CurrentUser } from '../accounts/current-user';
import { loadUser } from '../accounts/current-user';
import type { Role } from '../accounts/roles';
import { touchSession } from '../auth/sessions';
import type { AppEnv, ServerContext } from './server-env';
import { readSessionCookie } from './session-cookie';

/** Sets `user` when the request carries a live session. */
export function loadSession(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', undefined);
    const token = readSessionCookie(c, ctx);
    c.set('sessionToken', token);
    if (token) {
      const userId = await touchSession(ctx.db, token, ctx.now());
      if (userId !== undefined) c.set('user', await loadUser(ctx.db, userId));
    }
    return next();
  };
}

/** What a handler behind `signedIn` has: the user, never undefined. */
export interface SignedInEnv {
  Variables: AppEnv['Variables'] & { me: CurrentUser };
}

const SIGN_IN_FIRST = '请先登录（登录已过期或尚未登录）。';

/** 401 unless signed in; then `c.var.me` is the user. Runs before any parameter or body check. */
export const signedIn = createMiddleware<SignedInEnv>(async (c, next) => {
  const user = c.get('user');
  if (!user) return c.json({ error: SIGN_IN_FIRST }, 401);
  c.set('me', user);
  await next();
});

/** 401 unless signed in, 403 (with `refusal`) unless in `role`; then `c.var.me` is the user. */
export function signedInAs(role: Role, refusal: string) {
  return createMiddleware<SignedInEnv>(async (c, next) => {
    const user = c.get('user');
    if (!user) return c.json({ error: SIGN_IN_FIRST }, 401);
    if (user.role !== role) return c.json({ error: refusal }, 403);
    c.set('me', user);
    await next();
  });
}

/** The administrator's calls. */
export const adminOnly = signedInAs('admin', '只有管理员可以这样做。');
