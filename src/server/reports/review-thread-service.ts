import { randomUUID } from 'node:crypto';
import { isCommentTarget } from '../../report/comment-targets';
import { addComment, reviewOf } from '../../report/review';
import { addReply } from '../../report/review-round';
import type { Review } from '../../report/schema';
import type { Database } from '../db/database';
import { NOT_FOUND, ReportError } from './report-errors';
import { auditReport, audited, stale } from './report-service';
import type { Actor } from './report-service';
import { requireReport, writeRevision } from './report-store';
import { storedDocument } from './stored-document';

/** What a comment or reply call answers: the new revision and the server's review block. */
export interface ThreadAnswer {
  readonly revision: number;
  readonly review: Review;
}

/**
 * A supervisor's comment on a part, or on one field or cell of it, while the report waits for
 * review (or after returning it). The server writes author and time; the text is the client's.
 */
export function addServerComment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  revision: number,
  comment: { part: string; path?: string | undefined; text: string },
): Promise<ThreadAnswer> {
  return audited(db, actor, 'comment', unitId, year, async (tx) => {
    const current = await requireReport(tx, actor.user, unitId, year);
    if (actor.user.role !== 'supervisor') throw new ReportError(403, '只有审核人可以写审核意见。');
    if (current.revision !== revision) throw stale(current);
    if (current.status !== 'submitted' && current.status !== 'returned') {
      throw new ReportError(422, '只有待审核或已退回的报告可以写审核意见。');
    }
    if (!isCommentTarget(comment.part, comment.path)) throw new ReportError(422, '审核意见针对的位置无效。');
    const result = addComment(current.document, {
      id: randomUUID(),
      part: comment.part,
      ...(comment.path ? { path: comment.path } : {}),
      text: comment.text,
      author: actor.user.displayName,
      at: actor.now.toISOString(),
    });
    if (!result.ok) throw new ReportError(422, result.message);
    const stored = storedDocument(result.draft);
    const next = revision + 1;
    await writeRevision(tx, unitId, year, next, stored, actor.user.id, actor.now);
    await auditReport(tx, actor, 'comment', unitId, year, 'ok', next, stored.sha256);
    return { revision: next, review: reviewOf(result.draft) };
  });
}

/**
 * A reply in a comment's thread: the unit's clerk answering, or a supervisor answering back. A
 * reply changes nothing but the thread (never a status). Sending the same reply again (its id)
 * is answered with the current revision and changes nothing, so a retry after a lost answer is safe.
 */
export function replyToComment(
  db: Database,
  actor: Actor,
  unitId: number,
  year: number,
  revision: number,
  commentId: string,
  reply: { id: string; text: string },
): Promise<ThreadAnswer> {
  return audited(db, actor, 'reply', unitId, year, async (tx) => {
    const current = await requireReport(tx, actor.user, unitId, year);
    const role = actor.user.role;
    if (role !== 'clerk' && role !== 'supervisor') throw new ReportError(404, NOT_FOUND);
    const review = reviewOf(current.document);
    const comment = review.comments.find((c) => c.id === commentId);
    if (!comment) throw new ReportError(404, '找不到要回复的审核意见。');
    if (comment.replies?.some((r) => r.id === reply.id)) return { revision: current.revision, review };
    if (current.revision !== revision) throw stale(current);
    if (current.status === 'approved') throw new ReportError(422, '报告已审核通过，不能再回复审核意见。');
    const result = addReply(current.document, commentId, {
      id: reply.id,
      text: reply.text,
      author: actor.user.displayName,
      role,
      at: actor.now.toISOString(),
    });
    if (!result.ok) throw new ReportError(422, result.message);
    const stored = storedDocument(result.draft);
    const next = revision + 1;
    await writeRevision(tx, unitId, year, next, stored, actor.user.id, actor.now);
    await auditReport(tx, actor, 'reply', unitId, year, 'ok', next, stored.sha256);
    return { revision: next, review: reviewOf(result.draft) };
  });
}
