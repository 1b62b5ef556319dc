import { useContext, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../report/findings';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import { FindingsContext } from '../findings/use-findings';
import { useFormTools } from '../form/form-context';
import { useVisibleStepFindings } from '../form/use-visible-step-findings';
import { FindingLink } from './FindingLink';

const same = (a: Finding, b: Finding) => a.path === b.path && a.rule === b.rule;

function SummaryItems({
  draftId,
  findings,
  live,
}: {
  draftId: string;
  findings: readonly Finding[];
  live: readonly Finding[];
}) {
  return (
    <ul>
      {findings.map((f, i) => {
        const fixed = !live.some((g) => same(f, g));
        return (
          <li key={`${f.path}-${f.rule}-${i}`} className={fixed ? 'is-fixed' : undefined}>
            {fixed ? (
              <>
                <span className="summary-fixed-mark">✓ 已改正：</span>
                <s>{f.message}</s>
              </>
            ) : (
              <FindingLink draftId={draftId} path={f.path}>
                {f.message}
              </FindingLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The GOV.UK error summary of one step: what is wrong on it, each item a link that moves
 * focus to the field, in the same words as the message at the field. Errors sit in the red
 * box; warnings (提醒) in their own, calmer one.
 *
 * It sits above the fields, so it never changes height while the clerk types: it shows what
 * was wrong when the step was opened (or when they last pressed 检查本步), and from their
 * first edit on it stays as it was — a fixed problem is struck through in its place, a new
 * one shows at its field (and in the task list) until they ask for the check or come back.
 */
export function ErrorSummary({
  draftId,
  step,
  checkRequest,
}: {
  draftId: string;
  step: StepId;
  /** Counts the clerk's 检查本步 presses: each shows the step's problems as they are now. */
  checkRequest: number;
}) {
  const live = useVisibleStepFindings(step);
  const liveRef = useRef(live);
  useEffect(() => {
    liveRef.current = live;
  }, [live]);
  // What the summary froze on, and at which check: a newer check makes it follow the findings again.
  const [frozen, setFrozen] = useState<{ at: number; list: readonly Finding[] } | null>(null);
  const snapshot = frozen?.at === checkRequest ? frozen.list : null;
  const slot = useRef<HTMLDivElement>(null);
  const [mountedAt] = useState(checkRequest);
  const { reveal } = useFormTools();
  const store = useContext(FindingsContext);

  // Frozen from the first edit on the step (typing, or a paste into a table) until the next check.
  useEffect(() => {
    if (snapshot !== null) return;
    const form = slot.current?.closest('form');
    if (!form) return;
    const freeze = () => setFrozen({ at: checkRequest, list: liveRef.current });
    form.addEventListener('input', freeze, { once: true });
    form.addEventListener('paste', freeze, { once: true });
    return () => {
      form.removeEventListener('input', freeze);
      form.removeEventListener('paste', freeze);
    };
  }, [snapshot, checkRequest]);

  useEffect(() => {
    // Only a press made while the summary is shown (not one made before the clerk left and came back).
    if (checkRequest === mountedAt) return;
    reveal.revealAll(store.get().filter((f) => stepOfPath(f.path) === step));
    requestAnimationFrame(() => {
      const target = slot.current?.querySelector<HTMLElement>('h2') ?? slot.current;
      target?.focus();
      slot.current?.scrollIntoView({ block: 'start' });
    });
  }, [checkRequest, mountedAt, reveal, store, step]);

  const shown = snapshot ?? live;
  const errors = shown.filter((f) => f.severity === 'error');
  const warnings = shown.filter((f) => f.severity !== 'error');
  const checkedClean = checkRequest !== mountedAt && snapshot === null && live.length === 0;
  return (
    <div className="error-summary-slot" role="alert" ref={slot} tabIndex={-1}>
      {errors.length > 0 ? (
        <div className="error-summary" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title" className="error-summary-title" tabIndex={-1}>
            存在以下问题
          </h2>
          <SummaryItems draftId={draftId} findings={errors} live={live} />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <div className="warning-summary step-warnings" aria-labelledby="warning-summary-title">
          <h2 id="warning-summary-title" className="warning-summary-title" tabIndex={-1}>
            请核对以下提醒（不影响提交）
          </h2>
          <SummaryItems draftId={draftId} findings={warnings} live={live} />
        </div>
      ) : null}
      {checkedClean ? <p className="summary-clean">✓ 本步没有发现问题。</p> : null}
    </div>
  );
}
