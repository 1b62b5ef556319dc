import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { NOT_FOUND } from '../reports/report-errors';
import { readBody } from './read-body';

/*
 * The parameters every sub-app reads, declared once: ids and years in paths and queries, the
 * report's key, and the JSON body checked against its schema.
 */

/** A row id (PostgreSQL `integer`). */
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
/** A reporting year. */
export const yearParam = z.coerce.number().int().min(2000).max(2100);
const reportKeySchema = z.object({ unitId: idParam, year: yearParam });
export type ReportKey = z.infer<typeof reportKeySchema>;

/** `:unitId/:year` as `c.var.key`; ids that cannot exist are answered as not found (404). */
export const reportKey = createMiddleware<{ Variables: { key: ReportKey } }>(async (c, next) => {
  const parsed = reportKeySchema.safeParse({ unitId: c.req.param('unitId'), year: c.req.param('year') });
  if (!parsed.success) return c.json({ error: NOT_FOUND }, 404);
  c.set('key', parsed.data);
  await next();
});

/** The JSON body checked against `schema`, as `c.var.body` (400/415 with a Chinese message otherwise). */
export function jsonBody<S extends z.core.$ZodType>(schema: S) {
  return createMiddleware<{ Variables: { body: z.infer<S> } }>(async (c, next) => {
    c.set('body', await readBody(c, schema));
    await next();
  });
}

/**
 * The query string checked against `schema`, as `c.var.query`; `refusal` answers a bad one.
 * Several on one route add up (`?year=` with one refusal, `?region=` with another).
 */
export function validQuery<S extends z.ZodObject>(schema: S, refusal: { status: 400 | 404; error: string }) {
  return createMiddleware<{ Variables: { query: z.infer<S> } }>(async (c, next) => {
    const parsed = schema.safeParse(c.req.query());
    if (!parsed.success) return c.json({ error: refusal.error }, refusal.status);
    const before: object | undefined = c.get('query');
    c.set('query', { ...before, ...parsed.data });
    await next();
  });
}
