import { useEffect, useRef, useState } from 'react';
import { cleanTypedText } from '../form/clean-typed-text';
import type { FormEvent } from 'react';
import { stepTitle, WIZARD_STEPS } from '../../report/layout/steps';
import type { StepId } from '../../report/part-of-path';
import { reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { ErrorSummary } from './ErrorSummary';
import { fulfilFocusRequest } from './focus-request';
import { StepBody } from './StepBody';
import { StepCommentsSlot } from './StepCommentsSlot';
import { StepNav } from './StepNav';

/** One step: its heading, its error summary, its fields, and the way on. */
export function StepView({ draftId, step }: { draftId: string; step: StepId }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [checks, setChecks] = useState({ step, count: 0 });
  const checkRequest = checks.step === step ? checks.count : 0;
  const first = useRef(true);
  useEffect(() => {
    // After a step change: the field an error link asked for, else the step's heading.
    if (fulfilFocusRequest()) return;
    if (!first.current) {
      heading.current?.focus();
      window.scrollTo(0, 0);
    }
    first.current = false;
  }, [step]);

  const index = WIZARD_STEPS.findIndex((s) => s.id === step);
  const next = WIZARD_STEPS[index + 1];
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // Enter in a table cell belongs to the table (it moves between cells), not to the form.
    if (document.activeElement instanceof HTMLElement && document.activeElement.closest('table')) return;
    if (next) navigate(reportHash(draftId, next.id));
  };
  return (
    <form
      className="step"
      onSubmit={onSubmit}
      onInputCapture={cleanTypedText}
      noValidate
      aria-labelledby="step-title"
    >
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {stepTitle(step)}
      </h1>
      {step !== 'check' ? (
        <ErrorSummary key={step} draftId={draftId} step={step} checkRequest={checkRequest} />
      ) : null}
      <StepCommentsSlot draftId={draftId} step={step} />
      <StepBody draftId={draftId} step={step} />
      <StepNav
        draftId={draftId}
        index={index}
        onCheck={step !== 'check' ? () => setChecks({ step, count: checkRequest + 1 }) : undefined}
      />
    </form>
  );
}
