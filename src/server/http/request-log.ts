import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './server-env';

/** One line of the request log (JSON, for the office's log collector). */
export interface RequestLogLine {
  readonly time: string;
  readonly requestId: string;
  readonly user: number | null;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

/**
 * Gives every request an id (the `X-Request-Id` answer header, and in the message of a 500 or
 * 503 the user sees) and, with `write`, logs one JSON line when it is answered.
 */
export function requestLog(write: ((line: string) => void) | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomBytes(6).toString('hex');
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
    if (!write) return;
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      requestId,
      user: c.get('user')?.id ?? null,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    write(JSON.stringify(line));
  };
}
