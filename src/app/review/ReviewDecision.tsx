import { useState } from 'react';
import type { ReviewStatus } from '../../report/schema';

const NOT_WAITING: Partial<Record<ReviewStatus, string>> = {
  draft: '报告尚未提交审核。',
  returned: '报告已退回修改，等待填报人重新提交。',
  approved: '报告已审核通过。',
};

/**
 * 审核结论: 退回修改 and 审核通过. A button that would be refused is aria-disabled (still
 * focusable, with the reason as its description); its handler is refused by the workflow too.
 */
export function ReviewDecision({
  status,
  errors,
  message,
  onReturn,
  onApprove,
}: {
  status: ReviewStatus;
  errors: number;
  message: string | null;
  /** With the 审核说明 typed (may be empty). */
  onReturn: (note: string) => void;
  onApprove: (note: string) => void;
}) {
  const waiting = NOT_WAITING[status];
  const [note, setNote] = useState('');
  // A note belongs to one decision: once the status moves on (returned, then submitted again),
  // the box starts empty instead of offering last round's words.
  const [noteStatus, setNoteStatus] = useState(status);
  if (noteStatus !== status) {
    setNoteStatus(status);
    setNote('');
  }
  return (
    <section className="review-decision" aria-labelledby="review-decision">
      <h2 id="review-decision">审核结论</h2>
      {waiting ? null : (
        <div className="decision-note">
          <label htmlFor="decision-note">审核说明（可选，退回时填报人会看到）</label>
          <textarea id="decision-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={waiting ? true : undefined}
          aria-describedby={waiting ? 'decision-why' : 'return-why'}
          onClick={() => onReturn(note.trim())}
        >
          退回修改
        </button>
        <button
          type="button"
          className="button primary"
          aria-disabled={waiting || errors > 0 ? true : undefined}
          aria-describedby={waiting ? 'decision-why' : 'approve-why'}
          onClick={() => onApprove(note.trim())}
        >
          审核通过
        </button>
      </div>
      {waiting ? (
        // Right after 退回修改 / 审核通过 the status line says it; the hint would repeat it.
        message ? null : (
          <p id="decision-why" className="hint">
            {waiting}
          </p>
        )
      ) : (
        <>
          <p id="return-why" className="hint">
            退回修改前，请至少写一条审核意见。
          </p>
          <p id="approve-why" className={errors > 0 ? 'hint blocked' : 'hint'}>
            {errors > 0 ? `报告还有 ${errors} 个错误，不能审核通过。` : '报告没有错误，可以审核通过。'}
          </p>
        </>
      )}
      <p role="status" className="review-message" id={waiting && message ? 'decision-why' : undefined}>
        {message}
      </p>
    </section>
  );
}
