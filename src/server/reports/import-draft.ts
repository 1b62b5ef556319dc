import type { Queryable } from '../db/database';
import { ReportError } from './report-errors';
import { parseDocument, storedDocument } from './stored-document';
import { withServerReview } from '../../report/review';
import { lockedRevisionUnscoped, writeRevision } from './report-store';
import { unitExists } from '../accounts/accounts';

/**
 * An administrator brings an existing draft file into a unit's report. The file's review block
 * (status, history, comments) is dropped — a file can say anything — so it arrives as a 草稿.
 * A report that is submitted or approved is left alone.
 */
export async function importDraft(
  tx: Queryable,
  unitId: number,
  document: unknown,
  userId: number,
  now: Date,
): Promise<{ year: number; revision: number; sha256: string }> {
  const parsed = parseDocument(document);
  if (!parsed.ok)
    throw new ReportError(422, parsed.findings[0]?.message ?? '文件不是有效的报告草稿。', {
      findings: parsed.findings,
    });
  if (!(await unitExists(tx, unitId))) throw new ReportError(404, '单位不存在。');
  const year = parsed.draft.meta.year;
  const current = await lockedRevisionUnscoped(tx, unitId, year);
  if (current && current.status !== 'draft') {
    throw new ReportError(409, '该单位这一年的报告已提交或已审核，没有导入。');
  }
  const stored = storedDocument(withServerReview(parsed.draft, undefined));
  const revision = (current?.revision ?? 0) + 1;
  await writeRevision(tx, unitId, year, revision, stored, userId, now);
  return { year, revision, sha256: stored.sha256 };
}
