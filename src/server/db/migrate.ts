import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The migration files in order: `NNN-name.sql`. */
export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort();
}

/**
 * Applies the migrations not applied yet, each in one transaction, and returns their names.
 * The same files for PostgreSQL and PGlite.
 */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)',
  );
  const done = new Set(
    (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    if (done.has(name)) continue;
    const sql = readFileSync(MIGRATIONS_DIR + name, 'utf8');
    await db.exec(
      `BEGIN;\n${sql}\nINSERT INTO schema_migrations (name, applied_at) VALUES ('${name}', now());\nCOMMIT;`,
    );
    applied.push(name);
  }
  return applied;
}
