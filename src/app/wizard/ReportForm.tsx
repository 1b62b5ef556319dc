import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import type { Draft } from '../../report/schema';
import { CommentsContext } from '../comments/use-comments';
import { useCommentsSync } from '../comments/use-comments-sync';
import { FindingsContext } from '../findings/use-findings';
import { FormToolsContext } from '../form/form-context';
import type { FormTools } from '../form/form-context';
import { RevealStore } from '../form/reveal-store';
import { approvalWarningOf } from '../common/approval-status';
import { PrintShortcut } from './PrintShortcut';
import { LockedBannerSlot, ReturnedBannerSlot } from './ReviewBanners';
import { StepStatesContext } from './step-states-context';
import { StepView } from './StepView';
import { TaskList } from './TaskList';
import { useAutosave } from './use-autosave';
import type { AutosaveEvents } from './use-autosave';
import type { LoadedDraft } from './use-loaded-draft';
import { useEditLock } from './use-edit-lock';
import { useFormChecking } from './use-form-checking';
import { useGeneratedPreamble } from './use-generated-preamble';
import { WizardBar } from './WizardBar';

interface ReportFormProps {
  readonly draftId: string;
  readonly step: StepId;
  readonly loaded: Extract<LoadedDraft, { kind: 'ready' }>;
  readonly readOnly: boolean;
  readonly events: AutosaveEvents;
  /** Set to this form's save-now function (another tab may ask before taking over). */
  readonly flushRef: RefObject<() => Promise<void>>;
  readonly banner: ReactNode;
}

/**
 * The report as one uncontrolled react-hook-form form (field names are draft paths).
 * Nothing here watches values in render: checking and autosave subscribe with callbacks.
 */
export function ReportForm({ draftId, step, loaded, readOnly, flushRef, events, banner }: ReportFormProps) {
  const { draft, unparsed } = loaded;
  const form = useForm<Draft>({ defaultValues: draft });
  const [reveal] = useState(() => new RevealStore());
  const { findings, states, setInputProblem } = useFormChecking(form, reveal, unparsed);
  const { state: saveState, flush } = useAutosave(form, draftId, loaded, readOnly, events);
  const comments = useCommentsSync(form);
  // A submitted or approved report is read-only until the clerk reopens it (autosave stays on:
  // it saves the reopening).
  const lock = useEditLock(form, draft, flush);
  const locked = readOnly || lock.locked !== null;
  useGeneratedPreamble(form, locked);
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
    () => ({ readOnly: locked, reveal, setInputProblem, saveNow: flush }),
    [locked, reveal, setInputProblem, flush],
  );
  return (
    <FormProvider {...form}>
      <FindingsContext.Provider value={findings}>
        <CommentsContext.Provider value={comments}>
          <FormToolsContext.Provider value={tools}>
            <StepStatesContext.Provider value={states}>
              <div className="wizard">
                <WizardBar saveState={saveState} draft={draft} />
                {banner}
                {lock.locked ? (
                  <LockedBannerSlot
                    status={lock.locked}
                    entry={form.getValues('review')?.history.findLast((h) => h.status === lock.locked)}
                    disabled={readOnly}
                    onReopen={lock.reopen}
                    warning={approvalWarningOf(form.getValues(), findings.get())}
                  />
                ) : null}
                <ReturnedBannerSlot draftId={draftId} />
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
        </CommentsContext.Provider>
      </FindingsContext.Provider>
    </FormProvider>
  );
}
