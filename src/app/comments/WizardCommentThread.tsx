import type { ReviewComment } from '../../report/schema';
import CommentThread from './CommentThread';
import { useReplyToComment } from './use-reply-to-comment';

/** A comment's thread in the wizard: the clerk answers in the form (loaded once there are comments). */
export default function WizardCommentThread({
  comment,
  readOnly,
}: {
  comment: ReviewComment;
  readOnly: boolean;
}) {
  const reply = useReplyToComment();
  return (
    <CommentThread
      comment={comment}
      onReply={(text) => reply(comment.id, text)}
      disabledReason={readOnly ? '报告现在只读，不能回复。' : undefined}
    />
  );
}
