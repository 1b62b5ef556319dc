import { checkPublishedPage } from '../../import/publication-check';
import type { PublishedPage } from '../../import/publication-check';
import { approvalState } from '../../report/approval';
import type { PublicationCheck } from '../../report/publication';
import { publicationOutcomeOf } from '../../report/publication';
import type { Database } from '../db/database';
import { ReportError } from './report-errors';
import { auditReport, audited } from './report-service';
import type { Actor } from './report-service';
import { earlierSame, localDeadline } from './publication-store';
import { scopedStore } from './scoped-store';
import { storedDocument } from './stored-document';

/** The most of a check's outcome the audit log keeps (the count of differences is always there). */
const MAX_DETAIL_CHARS = 2000;

/** The outcome in words, for the audit log: 一致, or what differs. */
export function publicationOutcome(check: PublicationCheck): string {
  const place = (check.place ?? []).filter((n) => n.state === 'problem').map((n) => n.message);
  if (check.same) return ['一致', ...place].join('；').slice(0, MAX_DETAIL_CHARS);
  const gaps = (check.gaps ?? []).map((f) => f.message);
  if (publicationOutcomeOf(check) === 'same-with-gaps') {
    return [`一致（${gaps.length || check.tablesNotRead.length} 处未能读取）`, ...gaps, ...place]
      .join('；')
      .slice(0, MAX_DETAIL_CHARS);
  }
  const words = [
    ...check.numbers.map((n) => `${n.label}：审核通过 ${n.approved}，发布 ${n.published}`),
    ...check.parts.map((p) => `${p.heading}：文字不同`),
    ...check.tablesNotRead.map((t) => `未读到表格 ${t}`),
    ...(check.pageErrors ?? []).map((f) => `发布的页面本身：${f.message}`),
    ...place,
  ];
  const head = `不一致：数字 ${check.numbers.length} 处，文字 ${check.parts.length} 部分`;
  return `${head}；${words.join('；')}`.slice(0, MAX_DETAIL_CHARS);
}

/**
 * 发布核对 on the server: the supervisor gives the unit's published page; the server reads it,
 * compares it with the approved version it holds, and writes the outcome to the audit log.
 */
export function checkPublication(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  page: PublishedPage,
  source: string,
): Promise<{ revision: number; check: PublicationCheck }> {
  return audited(db, actor, 'publication-check', unitId, year, async (tx) => {
    if (actor.user.role !== 'supervisor') throw new ReportError(403, '只有审核人可以核对发布的报告。');
    const report = await scopedStore(tx, actor.user).report(unitId, year);
    if (!report) throw new ReportError(404, '没有找到这份报告。');
    const findings = storedDocument(report.document).findings;
    if (report.status !== 'approved' || approvalState(report.document, findings) !== 'approved') {
      throw new ReportError(422, '只有审核通过的报告可以核对发布的版本。');
    }
    const deadline = await localDeadline(tx, unitId, year);
    const read = await checkPublishedPage(report.document, page, deadline ? { deadline } : {});
    if (!read.ok) throw new ReportError(422, read.message);
    const earlier = read.check.same ? undefined : await earlierSame(tx, unitId, year, report.revision);
    const outcome = publicationOutcome(read.check);
    await auditReport(
      tx,
      actor,
      'publication-check',
      unitId,
      year,
      read.check.same ? 'ok' : 'differs',
      report.revision,
      undefined,
      `${source}：${outcome}`,
    );
    const check = earlier ? { ...read.check, earlierSame: { at: earlier } } : read.check;
    return { revision: report.revision, check };
  });
}
