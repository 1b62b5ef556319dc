import type { CurrentUser } from '../accounts/current-user';
import { unitScope } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { Draft, ReviewStatus } from '../../report/schema';
import { NOT_FOUND, ReportError } from './report-errors';
import type { StoredDocument } from './stored-document';
import { readStored } from './stored-document';

export interface ReportRow {
  readonly unitId: number;
  readonly year: number;
  readonly revision: number;
  readonly status: ReviewStatus;
  readonly document: Draft;
  /** Who saved this revision (their name) and when. */
  readonly savedBy: string;
  readonly savedAt: Date;
}

/** A unit in the user's scope (clerk: theirs; supervisor: their subtree), or undefined. */
export async function unitInScope(
  db: Queryable,
  user: CurrentUser,
  unitId: number,
): Promise<{ id: number; name: string } | undefined> {
  const scope = unitScope(user, 2);
  const [row] = await db.query<{ id: number; name: string }>(
    `SELECT u.id, u.name FROM units u JOIN regions g ON g.id = u.region_id WHERE u.id = $1 AND ${scope.sql}`,
    [unitId, scope.param],
  );
  return row;
}

/** The report of a unit in the user's scope; `forUpdate` locks the row for the transaction. */
export async function readReport(
  db: Queryable,
  user: CurrentUser,
  unitId: number,
  year: number,
  forUpdate = false,
): Promise<ReportRow | undefined> {
  const scope = unitScope(user, 3);
  const [row] = await db.query<{
    revision: number;
    status: ReviewStatus;
    document: unknown;
    saved_by: string;
    saved_at: Date;
  }>(
    `SELECT r.revision, r.status, r.document, s.display_name AS saved_by, r.updated_at AS saved_at
       FROM reports r JOIN units u ON u.id = r.unit_id JOIN regions g ON g.id = u.region_id
       JOIN users s ON s.id = r.updated_by
      WHERE r.unit_id = $1 AND r.year = $2 AND ${scope.sql}
      ${forUpdate ? 'FOR UPDATE OF r' : ''}`,
    [unitId, year, scope.param],
  );
  if (!row) return undefined;
  return {
    unitId,
    year,
    revision: row.revision,
    status: row.status,
    document: readStored(row.document),
    savedBy: row.saved_by,
    savedAt: new Date(row.saved_at),
  };
}

export async function requireReport(
  db: Queryable,
  user: CurrentUser,
  unitId: number,
  year: number,
): Promise<ReportRow> {
  const row = await readReport(db, user, unitId, year, true);
  if (!row) throw new ReportError(404, NOT_FOUND);
  return row;
}

/**
 * Writes revision `revision` of a report (insert when it is the first) and keeps it in the
 * revisions. The caller has checked scope, status and the base revision inside the same
 * transaction.
 */
export async function writeRevision(
  db: Queryable,
  unitId: number,
  year: number,
  revision: number,
  stored: StoredDocument,
  userId: number,
  now: Date,
): Promise<void> {
  const status = stored.draft.review?.status ?? 'draft';
  const params = [
    unitId,
    year,
    revision,
    status,
    JSON.stringify(stored.draft),
    stored.sha256,
    stored.errors,
    stored.warnings,
    userId,
    now,
  ];
  if (revision === 1) {
    await db.query(
      `INSERT INTO reports (unit_id, year, revision, status, document, sha256, errors, warnings, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10)`,
      params,
    );
  } else {
    const updated = await db.query(
      `UPDATE reports SET revision = $3, status = $4, document = $5::jsonb, sha256 = $6, errors = $7,
              warnings = $8, updated_by = $9, updated_at = $10
        WHERE unit_id = $1 AND year = $2 AND revision = $3 - 1
        RETURNING revision`,
      params,
    );
    if (updated.length === 0) throw new ReportError(409, '报告已被他人修改。');
  }
  await db.query(
    `INSERT INTO report_revisions (unit_id, year, revision, status, document, sha256, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
    [unitId, year, revision, status, JSON.stringify(stored.draft), stored.sha256, userId, now],
  );
}
