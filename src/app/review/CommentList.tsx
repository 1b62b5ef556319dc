import { describePath } from '../../report/describe-path';
import type { ReviewComment } from '../../report/schema';
import CommentThread from '../comments/CommentThread';
import { formatDateTime } from '../common/format-time';
import { partLabel } from '../../report/comment-targets';

/**
 * Every comment with where it points (a button that shows the place in the report), who wrote
 * it, its state and its thread (the clerk's replies), with a way to answer.
 */
export function CommentList({
  comments,
  onShow,
  onReply,
}: {
  comments: readonly ReviewComment[];
  onShow: (c: ReviewComment) => void;
  onReply?: (c: ReviewComment, text: string) => string | null | Promise<string | null>;
}) {
  if (comments.length === 0) return <p>还没有审核意见。</p>;
  return (
    <ol className="comment-list">
      {comments.map((c) => (
        <li key={c.id} className={c.resolved ? 'resolved' : undefined}>
          <p className="comment-where">
            <button type="button" className="button link-button" onClick={() => onShow(c)}>
              {partLabel(c.part)}
              {c.path ? ` · ${describePath(c.path)}` : ''}
            </button>
            <span className="comment-state">{c.resolved ? '（已处理）' : '（待处理）'}</span>
          </p>
          <p className="comment-text">{c.text}</p>
          <p className="comment-meta">
            {c.author} · {formatDateTime(c.at)}
          </p>
          <CommentThread comment={c} onReply={onReply ? (text) => onReply(c, text) : undefined} />
        </li>
      ))}
    </ol>
  );
}
