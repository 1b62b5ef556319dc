import type { ReviewComment } from '../../report/schema';
import { describePath } from '../../report/describe-path';
import { partLabel } from './comment-targets';

/** Every comment with where it points, who wrote it and whether it is resolved. */
export function CommentList({ comments }: { comments: readonly ReviewComment[] }) {
  if (comments.length === 0) return <p>还没有审核意见。</p>;
  return (
    <ol className="comment-list">
      {comments.map((c) => (
        <li key={c.id} className={c.resolved ? 'resolved' : undefined}>
          <p className="comment-where">
            {partLabel(c.part)}
            {c.path ? ` · ${describePath(c.path)}` : ''}
            <span className="comment-state">{c.resolved ? '（已处理）' : '（待处理）'}</span>
          </p>
          <p className="comment-text">{c.text}</p>
          <p className="comment-meta">
            {c.author} · {new Date(c.at).toLocaleString('zh-CN')}
          </p>
        </li>
      ))}
    </ol>
  );
}
