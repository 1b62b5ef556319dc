import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { reportFigures } from '../../batch/sum-drafts';
import type { Draft, ReviewStatus } from '../../report/schema';
import { withSettleStates } from '../../report/settlements';
import { NOT_FOUND, ReportError } from './report-errors';
import type { StoredDocument } from './stored-document';
import { scopedStore } from './scoped-store';

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

export async function requireReport(
  db: Queryable,
  user: CurrentUser,
  unitId: number,
  year: number,
): Promise<ReportRow> {
  const row = await scopedStore(db, user).report(unitId, year, true);
  if (!row) throw new ReportError(404, NOT_FOUND);
  return row;
}

/**
 * The revision and status of a unit's report, its row locked — for the administrator's import,
 * which is not scoped by a region (an administrator imports for any unit).
 */
export async function lockedRevisionUnscoped(
  db: Queryable,
  unitId: number,
  year: number,
): Promise<{ revision: number; status: string } | undefined> {
  const [row] = await db.query<{ revision: number; status: string }>(
    'SELECT revision, status FROM reports WHERE unit_id = $1 AND year = $2 FOR UPDATE',
    [unitId, year],
  );
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
    reportFigures(stored.draft),
    JSON.stringify(withSettleStates(stored.draft, stored.findings)),
  ];
  if (revision === 1) {
    await db.query(
      `INSERT INTO reports (unit_id, year, revision, status, document, sha256, errors, warnings, updated_by,
                            updated_at, figures, findings)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11::float8[], $12::jsonb)`,
      params,
    );
  } else {
    const updated = await db.query(
      `UPDATE reports SET revision = $3, status = $4, document = $5::jsonb, sha256 = $6, errors = $7,
              warnings = $8, updated_by = $9, updated_at = $10, figures = $11::float8[], findings = $12::jsonb
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
