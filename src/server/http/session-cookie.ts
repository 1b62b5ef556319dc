import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, ServerContext } from './server-env';

/** `__Host-` pins the cookie to this host and path / (only allowed with Secure). */
const cookieName = (ctx: ServerContext) => (ctx.secureCookies ? '__Host-sid' : 'sid');

export function readSessionCookie(c: Context<AppEnv>, ctx: ServerContext): string | undefined {
  return getCookie(c, cookieName(ctx));
}

export function writeSessionCookie(c: Context<AppEnv>, ctx: ServerContext, token: string): void {
  setCookie(c, cookieName(ctx), token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: ctx.secureCookies,
    path: '/',
    maxAge: 12 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, ctx: ServerContext): void {
  deleteCookie(c, cookieName(ctx), { path: '/', secure: ctx.secureCookies });
}
