import { randomUUID } from 'node:crypto';
import type { CurrentUser } from '../accounts/current-user';
import { audit } from '../audit/audit-log';
import type { AuditAction } from '../audit/audit-log';
import type { Database, Queryable } from '../db/database';
import { hasErrors } from '../../report/findings';
import { addComment, approve, reopenForEditing, submit } from '../../report/review';
import { returnForChanges } from '../../report/review-round';
import type { ReviewResult } from '../../report/review';
import type { Draft, ReviewStatus } from '../../report/schema';
import { NOT_FOUND, ReportError } from './report-errors';
import { requireReport, writeRevision } from './report-store';
import { scopedStore } from './scoped-store';
import type { ReportRow } from './report-store';
import { parseDocument, reviewChangeProblem, storedDocument } from './stored-document';
import { withServerReview } from '../../report/review';

/** Who asks and from where, for the checks and the audit log. */
export interface Actor {
  readonly user: CurrentUser;
  readonly now: Date;
  readonly clientAddress: string;
}

const objectName = (unitId: number, year: number) => `report:${unitId}/${year}`;

/** Statuses in which the clerk cannot change the document (withdraw or reopen first). */
const LOCKED: ReadonlySet<ReviewStatus> = new Set(['submitted', 'approved']);

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';
}

export async function auditReport(
  db: Queryable,
  actor: Actor,
  action: AuditAction,
  unitId: number,
  year: number,
  result: string,
  revision?: number,
  sha256?: string,
  detail?: string,
) {
  await audit(db, {
    at: actor.now,
    userId: actor.user.id,
    login: actor.user.login,
    action,
    object: objectName(unitId, year),
    result,
    revision,
    sha256,
    clientAddress: actor.clientAddress,
    detail,
  });
}

/** Runs `fn` in a transaction; a refusal is written to the audit log (outside it) and re-thrown. */
export async function audited<T>(
  db: Database,
  actor: Actor,
  action: AuditAction,
  unitId: number,
  year: number,
  fn: (tx: Queryable) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction(fn);
  } catch (e) {
    if (e instanceof ReportError && e.status !== 404) {
      await auditReport(db, actor, action, unitId, year, `refused ${e.status}: ${e.message}`);
    }
    if (isUniqueViolation(e)) {
      const current = await scopedStore(db, actor.user).report(unitId, year);
      throw current ? stale(current, '报告已被修改。') : new ReportError(409, '报告已被修改。');
    }
    throw e;
  }
}

/** 409 with the server's revision, and who saved it when (the clerk's conflict dialog names them). */
export function stale(current: ReportRow, message = '服务器上的报告已有更新的版本。'): ReportError {
  return new ReportError(409, message, {
    revision: current.revision,
    document: current.document,
    savedBy: current.savedBy,
    savedAt: current.savedAt.toISOString(),
  });
}

export function getReport(db: Queryable, user: CurrentUser, unitId: number, year: number) {
  return scopedStore(db, user).report(unitId, year);
}

/** PUT: a clerk saves a new revision of their unit's report, based on `baseRevision` (0: the first). */
export function saveReport(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  baseRevision: number,
  document: unknown,
): Promise<{ revision: number }> {
  return audited(db, actor, 'save', unitId, year, async (tx) => {
    if (actor.user.role !== 'clerk' || !(await scopedStore(tx, actor.user).unit(unitId))) {
      throw new ReportError(404, NOT_FOUND);
    }
    const parsed = parseDocument(document);
    if (!parsed.ok) throw new ReportError(422, '文档不是有效的报告草稿。', { findings: parsed.findings });
    if (parsed.draft.meta.year !== year) {
      throw new ReportError(422, `文档的年度（${parsed.draft.meta.year}）与报告的年度（${year}）不同。`);
    }
    const current = await scopedStore(tx, actor.user).report(unitId, year, true);
    if ((current?.revision ?? 0) !== baseRevision) {
      if (!current) throw new ReportError(409, '服务器上还没有这份报告。', { revision: 0 });
      throw stale(current);
    }
    if (current && LOCKED.has(current.status)) {
      throw new ReportError(
        403,
        current.status === 'approved' ? '报告已审核通过，不能再修改。' : '报告已提交审核，撤回后才能修改。',
      );
    }
    const problem = reviewChangeProblem(parsed.draft.review, current?.document.review);
    if (problem) throw new ReportError(422, problem);
    const stored = storedDocument(withServerReview(parsed.draft, current?.document.review));
    const revision = baseRevision + 1;
    await writeRevision(tx, unitId, year, revision, stored, actor.user.id, actor.now);
    await auditReport(tx, actor, 'save', unitId, year, 'ok', revision, stored.sha256);
    return { revision };
  });
}

export type Transition = 'submit' | 'withdraw' | 'return' | 'approve' | 'reopen';

/** Who may make each change: the unit's clerk, or a supervisor of a region containing it. */
const ACTOR_ROLE: Readonly<Record<Transition, 'clerk' | 'supervisor'>> = {
  submit: 'clerk',
  withdraw: 'clerk',
  return: 'supervisor',
  approve: 'supervisor',
  reopen: 'supervisor',
};

function applyTransition(
  transition: Transition,
  draft: Draft,
  status: ReviewStatus,
  actor: Actor,
  comment: string | undefined,
): ReviewResult {
  const by = actor.user.displayName;
  const at = actor.now.toISOString();
  const findings = storedDocument(draft).findings;
  switch (transition) {
    case 'submit':
      if (status !== 'draft' && status !== 'returned') {
        return {
          ok: false,
          message: status === 'approved' ? '报告已审核通过，无需再次提交。' : '报告已经提交，正在等待审核。',
        };
      }
      return submit(draft, findings, by, at);
    case 'withdraw':
      if (status !== 'submitted') return { ok: false, message: '只有待审核的报告可以撤回。' };
      return { ok: true, draft: reopenForEditing(draft, by, at) };
    case 'return': {
      if (status !== 'submitted') return { ok: false, message: '只有待审核的报告可以退回。' };
      let withComment = draft;
      // The note is the history's; it becomes a comment too only when none is open (a return needs one).
      const open = (draft.review?.comments ?? []).some((c) => !c.resolved);
      if (comment && !open) {
        const added = addComment(draft, { id: randomUUID(), part: 'check', text: comment, author: by, at });
        if (!added.ok) return added;
        withComment = added.draft;
      }
      return returnForChanges(withComment, by, at, comment);
    }
    case 'approve':
      return approve(draft, findings, by, at, comment);
    case 'reopen': {
      if (status !== 'approved') return { ok: false, message: '只有审核通过的报告可以重新打开。' };
      if (!comment) return { ok: false, message: '重新打开审核通过的报告，请写明原因。' };
      const reopened = reopenForEditing(draft, by, at);
      const history = reopened.review?.history ?? [];
      const last = history[history.length - 1];
      if (!reopened.review || !last) return { ok: false, message: '报告状态异常。' };
      const entry = { ...last, note: `重新打开：${comment}` };
      return {
        ok: true,
        draft: { ...reopened, review: { ...reopened.review, history: [...history.slice(0, -1), entry] } },
      };
    }
  }
}

/** POST …/{submit,withdraw,return,approve,reopen}: a status change, checked with the core. */
export function changeStatus(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  transition: Transition,
  revision: number,
  comment: string | undefined,
): Promise<{ revision: number; status: ReviewStatus }> {
  return audited(db, actor, transition, unitId, year, async (tx) => {
    const current = await requireReport(tx, actor.user, unitId, year);
    if (actor.user.role !== ACTOR_ROLE[transition]) {
      throw new ReportError(
        403,
        ACTOR_ROLE[transition] === 'clerk' ? '只有本单位的填报人可以这样做。' : '只有审核人可以这样做。',
      );
    }
    if (current.revision !== revision) throw stale(current);
    const result = applyTransition(transition, current.document, current.status, actor, comment);
    if (!result.ok) {
      const findings = storedDocument(current.document).findings;
      throw new ReportError(422, result.message, hasErrors(findings) ? { findings } : {});
    }
    const stored = storedDocument(result.draft);
    const next = revision + 1;
    await writeRevision(tx, unitId, year, next, stored, actor.user.id, actor.now);
    await auditReport(tx, actor, transition, unitId, year, 'ok', next, stored.sha256);
    return { revision: next, status: result.draft.review?.status ?? 'draft' };
  });
}
