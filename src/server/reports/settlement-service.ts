import { reviewOf } from '../../report/review';
import type { Review, SettleState } from '../../report/schema';
import { SETTLE_LABELS, settleWarning } from '../../report/settlements';
import type { Database } from '../db/database';
import type { BulkSettleOutcome } from '../../api-contract/endpoints';
import { NOT_FOUND, ReportError } from './report-errors';
import { auditReport, audited, stale } from './report-service';
import type { Actor } from './report-service';
import { requireReport, writeRevision } from './report-store';
import { storedDocument } from './stored-document';

/** What a supervisor decides about one warning. */
export interface SettleRequest {
  /** The clerk's call names the revision it is based on (the supervisor's may omit it). */
  readonly revision?: number | undefined;
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
 * A warning settled on the server (已核实 with the words why, or 需修改): by a supervisor while the
 * report is submitted or approved (not while the clerk edits: the clerk's next save would then be
 * based on an older revision), or by the unit's clerk while editing, based on the latest revision
 * as a save is. The server finds the warning in its own copy with the core's check and writes who
 * and when; the core keeps the digest of the cells behind it. Never a status, never the content.
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
    const role = actor.user.role;
    if (role === 'supervisor') {
      if (current.status !== 'submitted' && current.status !== 'approved') {
        throw new ReportError(422, '只有待审核或已审核通过的报告可以处理提醒（填报人修改期间不能处理）。');
      }
    } else if (role === 'clerk') {
      // The clerk settles while editing, based on the revision they have (as a save is).
      if (current.status !== 'draft' && current.status !== 'returned') {
        throw new ReportError(403, '报告已提交或已审核通过，填报人不能再处理提醒。');
      }
      if (request.revision !== current.revision) throw stale(current);
    } else {
      throw new ReportError(404, NOT_FOUND);
    }
    const findings = storedDocument(current.document).findings;
    const result = settleWarning(current.document, findings, request, {
      state: request.state,
      note: request.note,
      by: actor.user.displayName,
      role,
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
