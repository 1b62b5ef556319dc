import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv, ServerContext } from './server-env';

/** The largest request body: a draft is tens of kilobytes; a bulk import sends one file a request. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The inline code index.html may run, by hash (see static-app.ts); nothing else inline. */
export interface InlineAllowance {
  scripts: readonly string[];
  styles: readonly string[];
}

const csp = (allow: InlineAllowance) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...allow.scripts].join(' '),
    // Style attributes of index.html's notice, by hash ('unsafe-hashes' covers attributes only).
    ["style-src 'self'", ...(allow.styles.length > 0 ? ["'unsafe-hashes'", ...allow.styles] : [])].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The edit journal's writer (storage/journal/journal-worker.ts) starts from a blob: the app makes itself.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/** Strict CSP (no inline script but index.html's own, by hash), no sniffing, no framing, no referrer to other sites. */
export const securityHeaders =
  (allow: InlineAllowance): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp(allow));
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };

export const limitBody: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => c.json({ error: `请求内容太大（超过 ${MAX_BODY_BYTES / 1024 / 1024} MB）。` }, 413),
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Unsafe methods must come from this site: the Origin header (which browsers send on every
 * POST, PUT and DELETE) equals PUBLIC_ORIGIN when it is set (the Host header is the client's
 * to write, so it proves nothing), else the request's own origin.
 */
export function checkOrigin(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    const allowed =
      ctx.allowedOrigins.length > 0 ? ctx.allowedOrigins : host ? [`http://${host}`, `https://${host}`] : [];
    if (!origin || !allowed.includes(origin)) {
      return c.json({ error: '请求来自其他网站，已拒绝。' }, 403);
    }
    return next();
  };
}

/** The client's address for the audit log and the rate limit. */
export function clientAddress(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let address = 'unknown';
    // Each trusted proxy appends the address it saw: the entry `trustProxy` from the right is the
    // one the outermost proxy saw; whatever is left of it the client may have written.
    const hops = ctx.trustProxy > 0 ? (c.req.header('x-forwarded-for')?.split(',') ?? []) : [];
    const forwarded = hops[hops.length - ctx.trustProxy]?.trim();
    if (forwarded) address = forwarded;
    else {
      try {
        address = getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        // Not served by @hono/node-server (app.request in tests): no socket to ask.
      }
    }
    c.set('clientAddress', address);
    return next();
  };
}
