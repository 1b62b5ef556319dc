import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { statusLabelOf } from '../../common/approval-status';
import { ApprovalWarning } from '../../review/ApprovalWarning';
import { submit } from '../../../report/review';
import type { Draft, Review, ReviewStatus } from '../../../report/schema';
import { loadName, saveName } from '../../../storage/remembered-name';
import { useAllFindings } from '../../findings/use-findings';
import { checkDraft } from '../../../report/rules/check-draft';
import { useFormTools } from '../../form/form-context';
import { formatDateTime } from '../../common/format-time';
import { useServerMode } from '../../common/server-mode';

/** Why the button is (not) available, and whether it is blocked. */
function submitState(review: Review | undefined, errorCount: number, readOnly: boolean) {
  const status = review?.status ?? 'draft';
  // The report's own status first: a submitted report is read-only because it was submitted.
  if (status === 'approved') return { blocked: true, calm: true, reason: '报告已审核通过，无需提交。' };
  if (status === 'submitted')
    return {
      blocked: true,
      calm: true,
      reason: '已提交审核，正在等待审核人审核。如需修改，请点击页面上方的“撤回并修改”。',
    };
  if (readOnly)
    return { blocked: true, reason: '这份草稿正在另一个标签页中编辑，本标签页只能查看，不能提交。' };
  if (errorCount > 0) return { blocked: true, reason: `还有 ${errorCount} 个错误，全部改正后才能提交审核。` };
  const open = review?.comments.filter((c) => !c.resolved).length ?? 0;
  if (open > 0)
    return { blocked: false, reason: `还有 ${open} 条审核意见未标记为已处理；处理后再提交为好。` };
  return { blocked: false, reason: '所有错误已改正，可以提交审核。' };
}

/**
 * “提交审核” (after 退回修改: 重新提交审核): blocked while any error remains (and says why);
 * records who submitted and when through the review workflow.
 */
export function SubmitPanel() {
  const { control, getValues, setValue } = useFormContext<Draft>();
  const { readOnly, saveNow } = useFormTools();
  const server = useServerMode();
  const review = useWatch({ control, name: 'review' });
  const findings = useAllFindings();
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const [name, setName] = useState(() => loadName('clerk'));
  const [nameMissing, setNameMissing] = useState(false);
  // What the last click said, and the status it was said of: once the status moves on (returned,
  // approved, withdrawn) the sentence is no longer about the report as it is, and goes.
  const [said, setSaid] = useState<{ text: string; of: ReviewStatus } | null>(null);
  const status = review?.status ?? 'draft';
  const done = said && said.of === status ? said.text : null;
  const setDone = (text: string, of: ReviewStatus = status) => setSaid({ text, of });
  const last = review?.history.at(-1);
  const { blocked, reason, calm } = submitState(review, errorCount, readOnly);

  const send = () => {
    // On the server the signed-in user submits: the server records who and when.
    const by = server ? server.userName : name.trim();
    if (by === '') return setNameMissing(true);
    setNameMissing(false);
    if (!server) saveName('clerk', by);
    // The store's findings may wait for a pause in typing; the values as they are now decide too.
    const now = checkDraft(getValues());
    const result = submit(getValues(), [...findings, ...now], by, new Date().toISOString());
    if (!result.ok) return setDone(result.message);
    if (result.draft.review) setValue('review', result.draft.review, { shouldDirty: true });
    setDone(
      server ? server.words.submitted : '已提交审核。请点击上方的“保存草稿文件”，把文件发给审核人。',
      'submitted',
    );
    // On the server the submission is the server's own call, made after the content it submits.
    if (server)
      void saveNow()
        .then(() => server.statusCall('submit'))
        .catch(() => setDone('提交未能记录在本机，请刷新页面后再提交一次。', 'submitted'));
  };

  return (
    <section className="panel submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">提交审核</h2>
      {review && review.status !== 'draft' ? (
        <p className="submit-state">
          当前状态：<strong>{statusLabelOf(getValues(), findings)}</strong>
          {last ? `（${last.by}，${formatDateTime(last.at)}）` : null}
        </p>
      ) : null}
      <ApprovalWarning draft={getValues()} findings={findings} />
      {server ? (
        <p className="field-hint">{server.words.submitHint}</p>
      ) : (
        <div className={`field${nameMissing ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="clerk-name">
            填报人
          </label>
          <p className="field-hint" id="clerk-name-hint">
            记录在审核历史中；本浏览器会记住。
          </p>
          {nameMissing ? (
            <p className="field-error" id="clerk-name-error">
              <span className="visually-hidden">错误：</span>请填写填报人姓名。
            </p>
          ) : null}
          <input
            id="clerk-name"
            className="input input-medium"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? 'clerk-name-hint clerk-name-error' : 'clerk-name-hint'}
          />
        </div>
      )}
      <div className="submit-row">
        <button
          type="button"
          className="button primary"
          disabled={blocked}
          aria-describedby="submit-reason"
          onClick={send}
        >
          {review?.status === 'returned' ? '重新提交审核' : '提交审核'}
        </button>
        <p id="submit-reason" className={blocked && !calm ? 'submit-reason blocked' : 'submit-reason'}>
          {reason}
        </p>
      </div>
      <p role="status" className="submit-done">
        {done}
      </p>
    </section>
  );
}
