import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { hasErrors } from '../../report/findings';
import { serializeDraft } from '../../report/restore';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { addComment, approve, returnForChanges, reviewOf } from '../../report/review';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import { downloadFile } from '../download-file';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';
import { FindingList } from './FindingList';
import { HistoryList } from './HistoryList';
import { loadReviewerName, saveReviewerName } from './reviewer-name';
import './review.css';

interface Props {
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  /** The report as it will be published (read-only). */
  readonly children: ReactNode;
}

const now = () => new Date().toISOString();

/** 审核: the report, every finding, comments, and 退回修改 / 审核通过. */
export function ReviewPage({ draft, onChange, children }: Props) {
  const [reviewer, setReviewer] = useState(loadReviewerName);
  const [message, setMessage] = useState<string | null>(null);
  const findings = useMemo(() => checkDraft(draft), [draft]);
  const review = reviewOf(draft);
  const errors = hasErrors(findings);

  function apply(result: { ok: true; draft: Draft } | { ok: false; message: string }, done: string) {
    if (result.ok) {
      onChange(result.draft);
      setMessage(done);
    } else {
      setMessage(result.message);
    }
  }

  return (
    <main className="review-page" id="main">
      <h1>
        审核：{draft.meta.agencyName}
        {draft.meta.year}年报告
      </h1>
      <p className="review-status">
        当前状态：<strong>{REVIEW_STATUS_LABELS[review.status]}</strong>
      </p>
      <div className="review-layout">
        <section className="review-report" aria-label="报告全文（只读）">
          {children}
        </section>
        <aside className="review-side">
          <section aria-labelledby="review-findings">
            <h2 id="review-findings">检查结果</h2>
            <FindingList findings={findings} />
          </section>
          <section aria-labelledby="review-comments">
            <h2 id="review-comments">审核意见</h2>
            <label className="reviewer-name">
              审核人姓名
              <input
                value={reviewer}
                onChange={(e) => setReviewer(e.target.value)}
                onBlur={() => saveReviewerName(reviewer)}
                autoComplete="name"
              />
            </label>
            <CommentList comments={review.comments} />
            <CommentForm
              onAdd={(c) => {
                const r = addComment(draft, {
                  ...c,
                  id: `c${Date.now().toString(36)}`,
                  author: reviewer,
                  at: now(),
                });
                if (r.ok) onChange(r.draft);
                return r.ok ? null : r.message;
              }}
            />
          </section>
          <section aria-labelledby="review-decision">
            <h2 id="review-decision">审核结论</h2>
            <div className="actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  apply(returnForChanges(draft, reviewer, now()), '已退回修改。请保存草稿文件并发回填报人。')
                }
              >
                退回修改
              </button>
              <button
                type="button"
                className="button primary"
                aria-disabled={errors}
                aria-describedby={errors ? 'approve-why' : undefined}
                onClick={() => apply(approve(draft, findings, reviewer, now()), '已审核通过。')}
              >
                审核通过
              </button>
            </div>
            {errors && (
              <p id="approve-why" className="hint">
                报告仍有错误，不能审核通过。
              </p>
            )}
            {message && (
              <p role="status" className="review-message">
                {message}
              </p>
            )}
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadFile(
                  `${draft.meta.agencyName}-${draft.meta.year}-审核.json`,
                  serializeDraft(draft),
                  'application/json',
                )
              }
            >
              保存草稿文件
            </button>
            <h3>状态记录</h3>
            <HistoryList history={review.history} />
          </section>
        </aside>
      </div>
    </main>
  );
}
