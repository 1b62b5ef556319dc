/** The little the server needs from a database: parameterised queries and transactions. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** One transaction's connection: queries, and scripts of several statements (migrations). */
export interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** 'postgres' (through `pg`) or 'pglite' (embedded, under DATA_DIR). */
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Whether the database answers (the health check). */
export async function databaseAnswers(db: Queryable): Promise<void> {
  await db.query('SELECT 1');
}
