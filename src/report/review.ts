import { contentDigest } from './approval';
import type { Finding } from './findings';
import { hasErrors } from './findings';
import type { Draft, HistoryEntry, Review, ReviewComment, ReviewStatus } from './schema';

// The review workflow as pure functions over a draft's `review` object:
// draft → submitted → returned | approved; returned → submitted; submitted → draft (the clerk
// withdraws it to edit); approved → draft (after an edit).
// How each status reads in Chinese: layout/review-status.ts.

export type ReviewResult = { ok: true; draft: Draft } | { ok: false; message: string };

export function reviewOf(draft: Draft): Review {
  return draft.review ?? { status: 'draft', comments: [], history: [] };
}

/**
 * The draft carrying the server's review block (`server`; none: no review block at all), keeping
 * only what a clerk may change in it: the resolved mark of each comment. Both sides of the wire
 * use it — the server when it stores a save, the client when it sends one — so they agree on
 * what a save may say about the review.
 */
export function withServerReview(draft: Draft, server: Review | undefined): Draft {
  if (!server) {
    const { review: _dropped, ...rest } = draft;
    return rest;
  }
  const resolved = new Map((draft.review?.comments ?? []).map((c) => [c.id, c.resolved]));
  return {
    ...draft,
    review: {
      ...server,
      comments: server.comments.map((c) => ({ ...c, resolved: resolved.get(c.id) ?? c.resolved })),
    },
  };
}

export function statusOf(draft: Draft): ReviewStatus {
  return reviewOf(draft).status;
}

export function withStatus(
  draft: Draft,
  status: ReviewStatus,
  by: string,
  at: string,
  note?: string,
  digest?: string,
): Draft {
  const review = reviewOf(draft);
  const entry: HistoryEntry = {
    status,
    by,
    at,
    ...(note ? { note } : {}),
    ...(digest ? { digest } : {}),
  };
  return { ...draft, review: { ...review, status, history: [...review.history, entry] } };
}

export const who = (name: string) => name.trim();

/** The clerk submits for review: only without errors. */
export function submit(draft: Draft, findings: readonly Finding[], by: string, at: string): ReviewResult {
  if (!who(by)) return { ok: false, message: '请先填写提交人姓名。' };
  if (hasErrors(findings)) return { ok: false, message: '报告仍有错误，改正后才能提交审核。' };
  const status = statusOf(draft);
  if (status === 'submitted') return { ok: false, message: '报告已经提交，正在等待审核。' };
  if (status === 'approved') return { ok: false, message: '报告已审核通过，无需再次提交。' };
  return { ok: true, draft: withStatus(draft, 'submitted', who(by), at) };
}

/** The supervisor approves: only when the report has no error. */
export function approve(
  draft: Draft,
  findings: readonly Finding[],
  by: string,
  at: string,
  note?: string,
): ReviewResult {
  if (!who(by)) return { ok: false, message: '请先填写审核人姓名。' };
  if (hasErrors(findings)) return { ok: false, message: '报告仍有错误，不能审核通过。' };
  if (statusOf(draft) !== 'submitted') return { ok: false, message: '只有待审核的报告可以审核通过。' };
  // The digest of the content approved: a later change of it shows (approval.ts).
  return { ok: true, draft: withStatus(draft, 'approved', who(by), at, note, contentDigest(draft)) };
}

/** The history note of a report turned back into a draft for editing, by the status it had. */
const REOPEN_NOTES = { submitted: '撤回提交后修改', approved: '审核通过后修改' } as const;

/** A status in which the clerk's report is read-only until they reopen it. */
export type LockedStatus = keyof typeof REOPEN_NOTES;

/** The draft's status when it is read-only for the clerk (submitted or approved), else null. */
export function lockedStatusOf(draft: Draft): LockedStatus | null {
  const status = statusOf(draft);
  return status in REOPEN_NOTES ? (status as LockedStatus) : null;
}

/**
 * Editing a submitted report (withdrawing it) or an approved one turns it back into a draft,
 * with a history entry (the UI asks first). Other statuses are editable as they are.
 */
export function reopenForEditing(draft: Draft, by: string, at: string): Draft {
  const locked = lockedStatusOf(draft);
  return locked ? withStatus(draft, 'draft', who(by) || '填报人', at, REOPEN_NOTES[locked]) : draft;
}

export function addComment(draft: Draft, comment: Omit<ReviewComment, 'resolved'>): ReviewResult {
  if (!comment.text.trim()) return { ok: false, message: '审核意见不能为空。' };
  if (!who(comment.author)) return { ok: false, message: '请先填写审核人姓名。' };
  const review = reviewOf(draft);
  if (review.comments.some((c) => c.id === comment.id)) return { ok: false, message: '意见编号重复。' };
  const added: ReviewComment = {
    ...comment,
    text: comment.text.trim(),
    author: who(comment.author),
    resolved: false,
  };
  return { ok: true, draft: { ...draft, review: { ...review, comments: [...review.comments, added] } } };
}

export function setCommentResolved(draft: Draft, id: string, resolved: boolean): Draft {
  const review = reviewOf(draft);
  return {
    ...draft,
    review: { ...review, comments: review.comments.map((c) => (c.id === id ? { ...c, resolved } : c)) },
  };
}
