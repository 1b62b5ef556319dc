import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Database, Transaction } from './database';

/** The embedded database: PGlite in `dataDir` (or in memory when `dataDir` is undefined, for tests). */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // One process per data directory (see data-dir-lock.ts); before PGlite reads a byte of it.
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  try {
    db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
  } catch (e) {
    release();
    throw e;
  }
  const query = async <T extends object>(sql: string, params: readonly unknown[] = []) =>
    (await db.query<T>(sql, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query,
    transaction: <T>(fn: (tx: Transaction) => Promise<T>) =>
      db.transaction((t) =>
        fn({
          query: async <R extends object>(sql: string, params: readonly unknown[] = []) =>
            (await t.query<R>(sql, params as unknown[])).rows,
          exec: async (sql: string) => {
            await t.exec(sql);
          },
        }),
      ),
    async exec(sql: string) {
      await db.exec(sql);
    },
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
