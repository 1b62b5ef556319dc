import { reportFigures } from '../../batch/sum-drafts';
import { checkDraft } from '../../report/rules/check-draft';
import { withSettleStates } from '../../report/settlements';
import type { Queryable } from '../db/database';
import { readStored } from './stored-document';

/** How many old reports are filled in per statement. */
const BATCH = 200;

/**
 * Fills in the figures and findings of reports written before they were kept (migration 005),
 * a batch at a time; after that every revision writes them itself (writeRevision). Runs after
 * the migrations, inside their transaction and lock; finds nothing to do on every later start.
 */
export async function backfillReportColumns(db: Queryable): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.query<{ unit_id: number; year: number; document: unknown }>(
      `SELECT unit_id, year, document FROM reports WHERE figures IS NULL OR findings IS NULL LIMIT ${BATCH}`,
    );
    if (rows.length === 0) return filled;
    for (const r of rows) {
      const draft = readStored(r.document);
      await db.query(
        'UPDATE reports SET figures = $3::float8[], findings = $4::jsonb WHERE unit_id = $1 AND year = $2',
        [r.unit_id, r.year, reportFigures(draft), JSON.stringify(withSettleStates(draft, checkDraft(draft)))],
      );
    }
    filled += rows.length;
  }
}
