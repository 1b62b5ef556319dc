import { useId, useRef, useState } from 'react';
import { REPLY_ROLE_LABELS } from '../../report/layout/review-status';
import { MAX_REPLY_CHARS } from '../../report/limits';
import type { ReviewComment } from '../../report/schema';
import { formatDateTime } from '../common/format-time';
import './comments.css';

interface Props {
  readonly comment: ReviewComment;
  /** Sends a reply; resolves to why it was not sent, or null. Absent: the thread is read-only. */
  readonly onReply?: ((text: string) => string | null | Promise<string | null>) | undefined;
  /** Why replying is not possible now (shown instead of the button), if it is not. */
  readonly disabledReason?: string | undefined;
}

/** The replies under a review comment, oldest first, and a way to add one. */
export default function CommentThread({ comment, onReply, disabledReason }: Props) {
  const replies = comment.replies ?? [];
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const send = async () => {
    if (!onReply) return;
    setSending(true);
    const problem = await onReply(text);
    setSending(false);
    setError(problem);
    if (!problem) {
      setText('');
      setOpen(false);
    }
  };

  return (
    <div className="comment-thread">
      {replies.length > 0 ? (
        <ol className="comment-replies" aria-label={`回复（${replies.length} 条）`}>
          {replies.map((r) => (
            <li key={r.id} className={`comment-reply reply-${r.role}`}>
              <p className="comment-reply-meta">
                {REPLY_ROLE_LABELS[r.role]}：{r.author} · {formatDateTime(r.at)}
              </p>
              <p className="comment-reply-text">{r.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {onReply && !disabledReason ? (
        open ? (
          // Not a <form>: in the wizard the thread sits inside the report's own form.
          <div className="comment-reply-form" role="group" aria-label="回复">
            <label htmlFor={`${id}-reply`}>回复这条意见</label>
            <textarea
              id={`${id}-reply`}
              ref={textRef}
              rows={2}
              maxLength={MAX_REPLY_CHARS}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            {error ? (
              <p id={`${id}-error`} className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="button small primary"
                disabled={sending}
                onClick={() => void send()}
              >
                发送回复
              </button>
              <button type="button" className="button small" onClick={() => setOpen(false)}>
                取消
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setOpen(true);
              requestAnimationFrame(() => textRef.current?.focus());
            }}
          >
            回复
          </button>
        )
      ) : disabledReason && onReply ? (
        <p className="hint">{disabledReason}</p>
      ) : null}
    </div>
  );
}
