import type { ServerConfig } from '../config';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgDatabase } from './pg-database';
import { openPgliteDatabase } from './pglite-database';

/** The role name in a postgres:// URL. */
function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Opens the database and brings its schema up to date. On PostgreSQL the migrations run as the
 * owner (MIGRATION_DATABASE_URL) and, when the application connects as another role, grant it
 * only what it needs (the audit log: SELECT and INSERT).
 */
export async function openDatabase(config: ServerConfig, log: (line: string) => void): Promise<Database> {
  if (!config.databaseUrl) {
    log(`未设置 DATABASE_URL：使用内置数据库 PGlite，数据保存在 ${config.dataDir}`);
    const db = await openPgliteDatabase(config.dataDir);
    await migrate(db);
    return db;
  }
  const migrationUrl = config.migrationUrl ?? config.databaseUrl;
  const owner = openPgDatabase(migrationUrl, 1);
  try {
    const appRole = roleOf(config.databaseUrl);
    const applied = await migrate(owner, roleOf(migrationUrl) !== appRole ? appRole : undefined);
    if (applied.length > 0) log(`已执行数据库迁移：${applied.join('、')}`);
  } finally {
    await owner.close();
  }
  log('使用 PostgreSQL（DATABASE_URL）');
  return openPgDatabase(config.databaseUrl, config.poolSize);
}
