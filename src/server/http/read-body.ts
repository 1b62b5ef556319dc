import type { Context } from 'hono';
import { z } from 'zod';

/** A request body that failed validation: 400 with a Chinese message. */
export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 415 = 400,
  ) {
    super(message);
  }
}

/**
 * The JSON body checked against `schema` (classic zod or zod/mini, as the API contract declares
 * its bodies); throws BodyError (→ 400) when it is not.
 */
export async function readBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  // Only a JSON request: a form on another site can post text/plain without asking first.
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new BodyError('请求内容的类型必须是 application/json。', 415);
  }
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new BodyError('请求内容不是有效的 JSON。');
  }
  const result = z.safeParse(schema, value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BodyError(`请求内容不完整或有误${issue ? `（${issue.path.join('.') || '整体'}）` : ''}。`);
  }
  return result.data;
}
