import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { hasErrors } from '../../../report/findings';
import { REVIEW_STATUS_LABELS } from '../../../report/layout/review-status';
import type { Draft, Review } from '../../../report/schema';
import { loadClerkName, saveClerkName } from '../../../storage/clerk-name';
import { useAllFindings } from '../../findings/use-findings';
import { useFormTools } from '../../form/form-context';
import { formatDateTime } from '../../start/format-time';

/** “提交审核”: blocked while any error remains (and says why), records who submitted and when. */
export function SubmitPanel() {
  const { control, getValues, setValue } = useFormContext<Draft>();
  const { readOnly } = useFormTools();
  const review = useWatch({ control, name: 'review' });
  const findings = useAllFindings();
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  const [name, setName] = useState(loadClerkName);
  const [nameMissing, setNameMissing] = useState(false);
  const last = review?.history.at(-1);
  const blocked = hasErrors(findings) || readOnly;
  const reason = readOnly
    ? '本标签页只能查看，不能提交。'
    : errorCount > 0
      ? `还有 ${errorCount} 个错误，全部改正后才能提交审核。`
      : '所有错误已改正，可以提交审核。';

  const submit = () => {
    if (name.trim() === '') return setNameMissing(true);
    setNameMissing(false);
    saveClerkName(name.trim());
    const before: Review = getValues('review') ?? { status: 'draft', comments: [], history: [] };
    const entry = { status: 'submitted' as const, by: name.trim(), at: new Date().toISOString() };
    setValue(
      'review',
      { ...before, status: 'submitted', history: [...before.history, entry] },
      { shouldDirty: true },
    );
  };

  return (
    <section className="panel submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">提交审核</h2>
      {review && review.status !== 'draft' ? (
        <p className="submit-state">
          当前状态：<strong>{REVIEW_STATUS_LABELS[review.status]}</strong>
          {last ? `（${last.by}，${formatDateTime(last.at)}）` : null}
        </p>
      ) : null}
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
      <div className="submit-row">
        <button
          type="button"
          className="button primary"
          disabled={blocked}
          aria-describedby="submit-reason"
          onClick={submit}
        >
          {review?.status === 'submitted' ? '再次提交审核' : '提交审核'}
        </button>
        <p id="submit-reason" className={blocked ? 'submit-reason blocked' : 'submit-reason'}>
          {reason}
        </p>
      </div>
    </section>
  );
}
