import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';
import { grantAppRole } from './grants';
import { backfillReportColumns } from '../reports/report-columns-store';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The advisory lock every process takes to migrate (an arbitrary number, the same everywhere). */
const MIGRATION_LOCK = 7_230_023;

/** The migration files in order: `NNN-name.sql`. */
export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-.+\.sql$/.test(f))
    .sort();
}

/**
 * Applies the migrations not applied yet and returns their names; with `appRole` (real
 * PostgreSQL, the application connecting as another role) grants it what it needs. All in one
 * transaction under an advisory lock, so processes starting together on an empty database wait
 * for each other instead of creating the same tables (or granting) at once: the first migrates,
 * the others find it done. The same files for PostgreSQL and PGlite.
 */
export async function migrate(db: Database, appRole?: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const name of migrationFiles()) {
      if (done.has(name)) continue;
      await tx.exec(readFileSync(MIGRATIONS_DIR + name, 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())', [name]);
      applied.push(name);
    }
    // Columns a migration added that only the code can fill (each report's figures and findings).
    await backfillReportColumns(tx);
    if (appRole) await grantAppRole(tx, appRole);
    return applied;
  });
}
