import { reviewOf } from '../../report/review';
import type { Review, SettleState } from '../../report/schema';
import { SETTLE_LABELS, settleWarning } from '../../report/settlements';
import type { Database } from '../db/database';
import type { BulkSettleOutcome } from '../desk/desk-types';
import { ReportError } from './report-errors';
import { auditReport, audited } from './report-service';
import type { Actor } from './report-service';
import { requireReport, writeRevision } from './report-store';
import { storedDocument } from './stored-document';

/** What a supervisor decides about one warning. */
export interface SettleRequest {
  readonly rule: string;
  readonly path: string;
  readonly state: SettleState;
  readonly note: string;
}

export interface SettleAnswer {
  readonly revision: number;
  readonly review: Review;
}

/**
 * A supervisor settles a warning of a submitted or approved report (已核实 with the words why,
 * or 需修改). The server finds the warning in its own copy with the core's check, writes who and
 * when, and the core keeps the digest of the cells behind it. Never a status, never the content.
 * Not while the clerk edits (草稿, 退回修改): the clerk's next save would then be based on an older
 * revision.
 */
export function settleOnServer(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  request: SettleRequest,
): Promise<SettleAnswer> {
  return audited(db, actor, 'settle', unitId, year, async (tx) => {
    const current = await requireReport(tx, actor.user, unitId, year);
    if (actor.user.role !== 'supervisor') throw new ReportError(403, '只有审核人可以在服务器上处理提醒。');
    if (current.status !== 'submitted' && current.status !== 'approved') {
      throw new ReportError(422, '只有待审核或已审核通过的报告可以处理提醒（填报人修改期间不能处理）。');
    }
    const findings = storedDocument(current.document).findings;
    const result = settleWarning(current.document, findings, request, {
      state: request.state,
      note: request.note,
      by: actor.user.displayName,
      role: 'supervisor',
      at: actor.now.toISOString(),
    });
    if (!result.ok) throw new ReportError(422, result.message);
    const stored = storedDocument(result.draft);
    const next = current.revision + 1;
    await writeRevision(tx, unitId, year, next, stored, actor.user.id, actor.now);
    await auditReport(
      tx,
      actor,
      'settle',
      unitId,
      year,
      'ok',
      next,
      stored.sha256,
      `${request.rule} ${request.path}：${SETTLE_LABELS[request.state]}${request.note ? `（${request.note}）` : ''}`.slice(
        0,
        600,
      ),
    );
    return { revision: next, review: reviewOf(result.draft) };
  });
}

/** The same warning settled with one explanation across several units (each on its own). */
export async function settleAcrossUnits(
  db: Database,
  actor: Actor,
  year: number,
  unitIds: readonly number[],
  request: SettleRequest,
): Promise<BulkSettleOutcome[]> {
  const out: BulkSettleOutcome[] = [];
  for (const unitId of unitIds) {
    try {
      await settleOnServer(db, actor, unitId, year, request);
      out.push({ unitId, ok: true });
    } catch (e) {
      if (!(e instanceof ReportError)) throw e;
      out.push({ unitId, ok: false, message: e.message });
    }
  }
  return out;
}
