import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import type { ChangesAnswer, ReportChange, RevisionAnswer } from './change-types';
import { scopedStore } from './scoped-store';

/**
 * How far before the time a client names a "changed since" answer reaches: a write is stamped
 * with its process's clock when its transaction starts, so it may become visible a little after
 * a later-stamped one, or come from a process whose clock is a little behind. Answering a margin
 * more is harmless (the client compares revisions); answering less would lose a change.
 */
export const CHANGE_MARGIN_MS = 30_000;

/** At most this many changes in one answer; beyond, `more` tells the client to read everything. */
export const MAX_CHANGES = 500;

/**
 * The reports of `year` in the user's scope written after `since` (less the margin): one range
 * of the (year, updated_at) index, within the user's scope (scopedStore) — a clerk's unit, a supervisor's subtree.
 */
export async function reportsChangedSince(
  db: Queryable,
  user: CurrentUser,
  year: number,
  since: Date,
  now: Date,
): Promise<ChangesAnswer> {
  const rows = await scopedStore(db, user).query<ReportChange>(
    `SELECT r.unit_id AS "unitId", r.revision, r.status
       FROM my_reports r
      WHERE r.year = $1 AND r.updated_at > $2
      ORDER BY r.unit_id
      LIMIT ${MAX_CHANGES + 1}`,
    [year, new Date(since.getTime() - CHANGE_MARGIN_MS)],
  );
  return {
    now: now.toISOString(),
    changes: rows.slice(0, MAX_CHANGES),
    more: rows.length > MAX_CHANGES,
  };
}

/**
 * The revision and status of one report in the user's scope: undefined when the unit is not in
 * it; revision 0 and no status while the unit has no report for the year. One primary-key read.
 */
export async function reportRevision(
  db: Queryable,
  user: CurrentUser,
  unitId: number,
  year: number,
): Promise<RevisionAnswer | undefined> {
  const [row] = await scopedStore(db, user).query<{ revision: number | null; status: ReviewStatus | null }>(
    `SELECT r.revision, r.status
       FROM my_units u LEFT JOIN my_reports r ON r.unit_id = u.id AND r.year = $2
      WHERE u.id = $1`,
    [unitId, year],
  );
  return row ? { revision: row.revision ?? 0, status: row.status } : undefined;
}
