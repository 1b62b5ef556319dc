import type { StepId } from '../../report/part-of-path';
import { useVisibleStepFindings } from '../form/use-visible-step-findings';
import { FindingLink } from './FindingLink';

/**
 * The GOV.UK error summary of one step: what is wrong on it, each item a link that moves
 * focus to the field, in the same words as the message at the field.
 */
export function ErrorSummary({ draftId, step }: { draftId: string; step: StepId }) {
  const findings = useVisibleStepFindings(step);
  const sorted = [
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity !== 'error'),
  ];
  return (
    <div
      className="error-summary-slot"
      role="alert"
      aria-labelledby={sorted.length > 0 ? 'error-summary-title' : undefined}
    >
      {sorted.length > 0 ? (
        <div className="error-summary">
          <h2 id="error-summary-title" className="error-summary-title">
            存在以下问题
          </h2>
          <ul>
            {sorted.map((f, i) => (
              <li
                key={`${f.path}-${f.rule}-${i}`}
                className={f.severity === 'error' ? 'is-error' : 'is-warning'}
              >
                <FindingLink draftId={draftId} path={f.path}>
                  {f.severity === 'error' ? '' : '提醒：'}
                  {f.message}
                </FindingLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
