import { Suspense, lazy } from 'react';
import { describePath } from '../../report/describe-path';
import { stepTitle } from '../../report/layout/steps';
import type { StepId } from '../../report/part-of-path';
import { useComments } from '../comments/use-comments';
import { useResolveComment } from '../comments/use-resolve-comment';
import { useFormTools } from '../form/form-context';
import { formatDateTime } from '../common/format-time';
import { CommentedCells } from '../comments/CommentedCells';
import { commentIsOnStep, stepOfComment } from './comment-step';
import { FindingLink } from './FindingLink';
import '../comments/comments.css';

// The thread and its reply form: loaded only once a report has comments.
const WizardCommentThread = lazy(() => import('../comments/WizardCommentThread'));

/**
 * The supervisor's comments on this step (on 检查与提交: on every step), open ones first,
 * each with where it points and a button to mark it resolved. Loaded only once the report
 * has comments (StepCommentsSlot).
 */
export function StepComments({ draftId, step }: { draftId: string; step: StepId }) {
  const all = useComments();
  const resolve = useResolveComment();
  const { readOnly } = useFormTools();
  const mine = all.filter((c) => commentIsOnStep(c, step));
  if (mine.length === 0) return null;
  const open = mine.filter((c) => !c.resolved);
  const sorted = [...open, ...mine.filter((c) => c.resolved)];
  return (
    <section className="step-comments" aria-labelledby="step-comments-title">
      <h2 id="step-comments-title" className="step-comments-title">
        审核意见（{open.length > 0 ? `${open.length} 条待处理` : '已全部处理'}）
      </h2>
      <ul>
        {sorted.map((c) => (
          <li key={c.id} className={c.resolved ? 'resolved' : undefined}>
            <p className="step-comment-where">
              {step === 'check' ? <span className="finding-step">{stepTitle(stepOfComment(c))}</span> : null}
              {c.path ? (
                <FindingLink draftId={draftId} path={c.path}>
                  {describePath(c.path)}
                </FindingLink>
              ) : (
                '整个部分'
              )}
              <span className="step-comment-state">{c.resolved ? '已处理' : '待处理'}</span>
            </p>
            <p className="step-comment-text">{c.text}</p>
            <p className="step-comment-meta">
              审核人：{c.author} · {formatDateTime(c.at)}
            </p>
            <Suspense fallback={null}>
              <WizardCommentThread comment={c} readOnly={readOnly} />
            </Suspense>
            <button
              type="button"
              className="button small"
              disabled={readOnly}
              onClick={() => resolve(c.id, !c.resolved)}
            >
              {c.resolved ? '改为待处理' : '标记为已处理'}
            </button>
          </li>
        ))}
      </ul>
      {step === 'check' ? null : <CommentedCells comments={open} />}
    </section>
  );
}

export default StepComments;
