import type { Queryable } from '../db/database';

export type AuditAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'save'
  | 'submit'
  | 'withdraw'
  | 'return'
  | 'approve'
  | 'reopen'
  | 'set-deadline'
  | 'comment'
  | 'reply'
  | 'settle'
  | 'publication-check'
  | 'export'
  | 'import'
  | 'setup'
  | 'create-region'
  | 'create-unit'
  | 'create-user'
  | 'reset-password'
  | 'change-password';

export interface AuditEvent {
  readonly at: Date;
  readonly userId?: number | undefined;
  readonly login?: string | undefined;
  readonly action: AuditAction;
  /** What it concerns: `report:<unitId>/<year>`, `user:<login>`, … */
  readonly object?: string | undefined;
  /** 'ok', or why it was refused. */
  readonly result: string;
  readonly revision?: number | undefined;
  readonly sha256?: string | undefined;
  readonly clientAddress?: string | undefined;
  readonly detail?: string | undefined;
}

/** Appends one event to the audit log (the only statement the server ever runs on it besides SELECT). */
export async function audit(db: Queryable, e: AuditEvent): Promise<void> {
  await db.query(
    `INSERT INTO events (at, user_id, login, action, object, result, revision, sha256, client_address, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      e.at,
      e.userId ?? null,
      e.login ?? null,
      e.action,
      e.object ?? null,
      e.result,
      e.revision ?? null,
      e.sha256 ?? null,
      e.clientAddress ?? null,
      e.detail ?? null,
    ],
  );
}

export interface AuditRow {
  readonly id: string;
  readonly at: Date;
  readonly login: string | null;
  readonly action: string;
  readonly object: string | null;
  readonly result: string;
  readonly revision: number | null;
  readonly client_address: string | null;
  readonly detail: string | null;
}

/** Which events to list: older than `before` (the page after), of one user, action or unit. */
export interface EventFilter {
  readonly before?: number | undefined;
  readonly login?: string | undefined;
  readonly action?: string | undefined;
  readonly unitId?: number | undefined;
}

/**
 * The newest events first, `limit` of them. Ordered by the numeric id (`events.id`: the text
 * alias `id` would sort 99 after 1000).
 */
export function recentEvents(db: Queryable, limit: number, filter: EventFilter = {}): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT id::text AS id, at, login, action, object, result, revision, client_address, detail
       FROM events
      WHERE ($2::bigint IS NULL OR events.id < $2)
        AND ($3::text IS NULL OR login = $3)
        AND ($4::text IS NULL OR action = $4)
        AND ($5::text IS NULL OR object LIKE $5 OR object = $6)
      ORDER BY events.id DESC LIMIT $1`,
    [
      limit,
      filter.before ?? null,
      filter.login ?? null,
      filter.action ?? null,
      filter.unitId === undefined ? null : `report:${filter.unitId}/%`,
      filter.unitId === undefined ? null : `unit:${filter.unitId}`,
    ],
  );
}

/** How many exports and imports (the events the client reports) a user recorded since `since`. */
export async function clientEventsSince(db: Queryable, userId: number, since: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM events
      WHERE user_id = $1 AND action IN ('export', 'import') AND at > $2`,
    [userId, since],
  );
  return row?.n ?? 0;
}
