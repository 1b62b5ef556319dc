import { checkPublishedPage } from '../../import/publication-check';
import type { PublishedPage } from '../../import/publication-check';
import { approvalState } from '../../report/approval';
import type { PublicationCheck } from '../../report/publication';
import { publicationOutcomeOf } from '../../report/publication';
import type { Database, Queryable } from '../db/database';
import type { PublicationDeadline } from '../../report/publication-place';
import { ReportError } from './report-errors';
import { auditReport, audited } from './report-service';
import type { Actor } from './report-service';
import { readReport } from './report-store';
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

/** The deadline set for the unit's region or its nearest ancestor for `year`, if any. */
async function localDeadline(
  db: Queryable,
  unitId: number,
  year: number,
): Promise<PublicationDeadline | undefined> {
  const rows = await db.query<{ deadline: string }>(
    `SELECT to_char(d.deadline, 'YYYY-MM-DD') AS deadline
       FROM units u JOIN regions g ON g.id = u.region_id
       JOIN regions a ON g.path LIKE a.path || '%'
       JOIN region_deadlines d ON d.region_id = a.id AND d.year = $2
      WHERE u.id = $1
      ORDER BY length(a.path) DESC LIMIT 1`,
    [unitId, year],
  );
  const date = rows[0]?.deadline;
  return date ? { date, local: true } : undefined;
}

/**
 * When an earlier 发布核对 of this approved revision found the page 一致 (the audit log keeps each
 * check with its time and outcome): the latest such time, or undefined.
 */
async function earlierSame(db: Queryable, unitId: number, year: number, revision: number) {
  const rows = await db.query<{ at: Date | string }>(
    `SELECT at FROM events
      WHERE action = 'publication-check' AND object = $1 AND result = 'ok' AND revision = $2
      ORDER BY at DESC LIMIT 1`,
    [`report:${unitId}/${year}`, revision],
  );
  const at = rows[0]?.at;
  return at === undefined ? undefined : new Date(at).toISOString();
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
    const report = await readReport(tx, actor.user, unitId, year);
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
