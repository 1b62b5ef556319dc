/** The server's settings, all from the environment (nothing secret lives in the repository). */
export interface ServerConfig {
  readonly port: number;
  /** PostgreSQL for the application's role; undefined: embedded PGlite under dataDir. */
  readonly databaseUrl: string | undefined;
  /** The owner role that runs migrations (MIGRATION_DATABASE_URL); defaults to databaseUrl. */
  readonly migrationUrl: string | undefined;
  readonly dataDir: string;
  readonly host: string;
  readonly secureCookies: boolean;
  readonly publicOrigin: string | undefined;
  /** Proxies in front that append to X-Forwarded-For (TRUST_PROXY=1, or the count; 0: none). */
  readonly trustProxy: number;
  /** Connections per process to PostgreSQL (DATABASE_POOL_SIZE, default 10). */
  readonly poolSize: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT 无效：${env.PORT}`);
  const publicOrigin = env.PUBLIC_ORIGIN?.replace(/\/$/, '') || undefined;
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    migrationUrl: env.MIGRATION_DATABASE_URL || env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || './data',
    host: env.HOST || '127.0.0.1',
    secureCookies: env.SECURE_COOKIES === '1' || (publicOrigin?.startsWith('https://') ?? false),
    publicOrigin,
    trustProxy: Math.max(0, Math.floor(Number(env.TRUST_PROXY ?? 0) || 0)),
    poolSize: Math.max(1, Number(env.DATABASE_POOL_SIZE ?? 10) || 10),
  };
}
