import pg from 'pg';
import type { Database, Transaction } from './database';

/** PostgreSQL through a `pg` connection pool (DATABASE_URL). */
export function openPgDatabase(connectionString: string, max = 10): Database {
  // A connection that cannot be made within 5 s fails the request (503) rather than hanging it.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', (e) => console.error(`数据库连接断开：${e.message}`));
  const query = async <T extends object>(sql: string, params: readonly unknown[] = []) =>
    (await pool.query(sql, params as unknown[])).rows as T[];
  return {
    kind: 'postgres',
    query,
    async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A client checked out for a transaction has no listener of the pool's: without this one,
      // the database stopping mid-transaction would be an unhandled 'error' event that ends the
      // process. The query under way fails with the same error, which the request answers.
      let broken = false;
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const tx: Transaction = {
          query: async <R extends object>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, params as unknown[])).rows as R[],
          // Without parameters `pg` sends the simple protocol, which runs several statements.
          exec: async (sql: string) => {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw e;
      } finally {
        client.off('error', onError);
        // A broken connection is closed, not handed to the next request.
        client.release(broken ? true : undefined);
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
