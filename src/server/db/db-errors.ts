/** Node's codes for a connection that could not be made or was cut. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);

/** PostgreSQL's SQLSTATEs for a server shutting down, starting up or a lost connection. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What `pg` says when the connection went away under a query. */
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
];

/**
 * The database cannot be reached just now (stopped, restarting, the network cut): the request
 * may be tried again later, unlike an error in the query itself.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.has(code))) return true;
  if (typeof code === 'string' && code.startsWith('08')) return true;
  if (CONNECTION_MESSAGES.some((m) => e.message.includes(m))) return true;
  return e.cause !== undefined && isDatabaseUnavailable(e.cause);
}

/** The answer while the database is away (503). */
export const DATABASE_AWAY_MESSAGE =
  '数据库暂时无法使用，服务器暂时无法保存；请稍后再试（您的修改已保存在本机）。';
