import type { ReviewComment } from '../../report/schema';
import { commentId } from './field-ids';
import '../comments/comments.css';

/** The supervisor's open comments on one field, as a note beside it. */
export function FieldComments({ path, comments }: { path: string; comments: readonly ReviewComment[] }) {
  if (comments.length === 0) return null;
  return (
    <div id={commentId(path)} className="field-comments">
      {comments.map((c) => (
        <p key={c.id} className="field-comment">
          <strong>审核意见：</strong>
          {c.text}
          <span className="field-comment-by">——{c.author}</span>
        </p>
      ))}
    </div>
  );
}
