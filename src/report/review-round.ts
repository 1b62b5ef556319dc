import { MAX_REPLIES, MAX_REPLY_CHARS } from './limits';
import { reviewOf, statusOf, who, withStatus } from './review';
import type { ReviewResult } from './review';
import type { CommentReply, Draft, HistoryEntry, ReportContent } from './schema';

// A review round: the supervisor returns the report (the content as reviewed is kept, to show
// what changed when it comes back), and the thread under each comment. Apart from review.ts so
// that the clerk's first load does not carry them.

/** What the clerk wrote, without the format marker, the baseline and the review. */
export function contentOf(draft: Draft): ReportContent {
  const { meta, overview, proactive, applications, appeals, problems, otherMatters } = draft;
  return { meta, overview, proactive, applications, appeals, problems, otherMatters };
}

/**
 * The supervisor returns the report: needs at least one unresolved comment. The history entry
 * keeps the content as reviewed (for 自退回以来的修改); only the latest return keeps one.
 */
export function returnForChanges(draft: Draft, by: string, at: string, note?: string): ReviewResult {
  if (!who(by)) return { ok: false, message: '请先填写审核人姓名。' };
  const open = reviewOf(draft).comments.filter((c) => !c.resolved);
  if (open.length === 0) return { ok: false, message: '退回修改前，请至少写一条审核意见。' };
  if (statusOf(draft) !== 'submitted') return { ok: false, message: '只有待审核的报告可以退回。' };
  const returned = withStatus(draft, 'returned', who(by), at, note);
  const review = reviewOf(returned);
  const last = review.history.length - 1;
  const history = review.history.map((h, i): HistoryEntry => {
    if (i === last) return { ...h, snapshot: contentOf(draft) };
    const { snapshot: _older, ...rest } = h;
    return rest;
  });
  return { ok: true, draft: { ...returned, review: { ...review, history } } };
}

/** The content as the supervisor last returned it, when the report was returned since (and kept it). */
export function lastReturn(draft: Draft): { entry: HistoryEntry; snapshot: ReportContent } | undefined {
  const entry = reviewOf(draft).history.findLast((h) => h.status === 'returned');
  return entry?.snapshot ? { entry, snapshot: entry.snapshot } : undefined;
}

/**
 * A reply in a comment's thread (the clerk answers the supervisor, or the supervisor answers
 * back). A reply never changes a status; its text is limited to MAX_REPLY_CHARS.
 */
export function addReply(
  draft: Draft,
  commentId: string,
  reply: Omit<CommentReply, 'text'> & { text: string },
): ReviewResult {
  const text = reply.text.trim();
  if (!text) return { ok: false, message: '回复不能为空。' };
  if (text.length > MAX_REPLY_CHARS) return { ok: false, message: `回复不能超过 ${MAX_REPLY_CHARS} 个字。` };
  if (!who(reply.author)) return { ok: false, message: '请先填写回复人姓名。' };
  const review = reviewOf(draft);
  const comment = review.comments.find((c) => c.id === commentId);
  if (!comment) return { ok: false, message: '找不到要回复的审核意见。' };
  const replies = comment.replies ?? [];
  if (replies.some((r) => r.id === reply.id)) return { ok: false, message: '回复编号重复。' };
  if (replies.length >= MAX_REPLIES) return { ok: false, message: `每条意见最多 ${MAX_REPLIES} 条回复。` };
  const added: CommentReply = { ...reply, text, author: who(reply.author) };
  const comments = review.comments.map((c) =>
    c.id === commentId ? { ...c, replies: [...replies, added] } : c,
  );
  return { ok: true, draft: { ...draft, review: { ...review, comments } } };
}
