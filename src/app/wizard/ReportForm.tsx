import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import type { Draft } from '../../report/schema';
import { FindingsContext } from '../findings/use-findings';
import { FormToolsContext } from '../form/form-context';
import type { FormTools } from '../form/form-context';
import { RevealStore } from '../form/reveal-store';
import { PrintShortcut } from './PrintShortcut';
import { StepStatesContext } from './step-states-context';
import { StepView } from './StepView';
import { TaskList } from './TaskList';
import { useAutosave } from './use-autosave';
import { useFormChecking } from './use-form-checking';
import { WizardBar } from './WizardBar';

interface ReportFormProps {
  readonly draftId: string;
  readonly step: StepId;
  readonly draft: Draft;
  readonly unparsed: Readonly<Record<string, string>>;
  readonly readOnly: boolean;
  /** Set to this form's save-now function (another tab may ask before taking over). */
  readonly flushRef: RefObject<() => Promise<void>>;
  readonly banner: ReactNode;
}

/**
 * The report as one uncontrolled react-hook-form form (field names are draft paths).
 * Nothing here watches values in render: checking and autosave subscribe with callbacks.
 */
export function ReportForm({ draftId, step, draft, unparsed, readOnly, flushRef, banner }: ReportFormProps) {
  const form = useForm<Draft>({ defaultValues: draft });
  const [reveal] = useState(() => new RevealStore());
  const { findings, states, setInputProblem } = useFormChecking(form, reveal, unparsed);
  const { state: saveState, flush } = useAutosave(form, draftId, draft, readOnly);
  useEffect(() => {
    flushRef.current = flush;
  }, [flushRef, flush]);

  // Leaving a step shows everything wrong on it, as if the clerk had moved past each field.
  const shownStep = useRef(step);
  useEffect(() => {
    const left = shownStep.current;
    if (left !== step) reveal.revealAll(findings.get().filter((f) => stepOfPath(f.path) === left));
    shownStep.current = step;
  }, [step, reveal, findings]);

  const tools = useMemo<FormTools>(
    () => ({ readOnly, reveal, setInputProblem }),
    [readOnly, reveal, setInputProblem],
  );
  return (
    <FormProvider {...form}>
      <FindingsContext.Provider value={findings}>
        <FormToolsContext.Provider value={tools}>
          <StepStatesContext.Provider value={states}>
            <div className="wizard">
              <WizardBar saveState={saveState} draft={draft} />
              {banner}
              <div className="wizard-body">
                <TaskList draftId={draftId} current={step} />
                <main id="main" className="step-area">
                  <StepView draftId={draftId} step={step} />
                </main>
              </div>
            </div>
            <PrintShortcut />
          </StepStatesContext.Provider>
        </FormToolsContext.Provider>
      </FindingsContext.Provider>
    </FormProvider>
  );
}
