import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { isCompleteness } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { FindingsStore } from '../findings/findings-store';
import type { RevealStore } from '../form/reveal-store';
import { SnapshotStore } from '../../storage/snapshot-store';
import { sameStates, stepStates } from './step-states';
import type { StepStates } from './step-states';

type CheckForm = (typeof import('./form-checks'))['checkForm'];

/**
 * The core's rules load after the form, not before it (they are a large part of the code): the
 * import starts once the first step has painted, so the fields are usable at once, and the
 * findings appear when the rules arrive — a moment later, before anyone can type a whole value.
 * Every wizard after the first finds them loaded.
 */
let loadedCheckForm: CheckForm | undefined;
let checkFormLoading: Promise<CheckForm> | undefined;
function loadCheckForm(): Promise<CheckForm> {
  checkFormLoading ??= import('./form-checks').then((m) => {
    loadedCheckForm = m.checkForm;
    return m.checkForm;
  });
  return checkFormLoading;
}

/** Runs after the next paint: a frame, then a task after it. */
function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How long typing may pause before the whole report is checked again. */
const CHECK_DELAY_MS = 200;

/**
 * Checks the whole report on every change of the form, without re-rendering the form:
 * a watch callback puts the findings and the steps' states into stores that only the
 * components showing them subscribe to.
 */
export function useFormChecking(
  form: UseFormReturn<Draft>,
  reveal: RevealStore,
  unparsed: Readonly<Record<string, string>>,
) {
  const { getValues, setValue, watch } = form;
  const [findings] = useState(() => new FindingsStore());
  const [states] = useState(() => new SnapshotStore<StepStates>(stepStates(getValues(), []), sameStates));
  const problems = useRef(new Map<string, string>());
  const [checkForm, setCheckForm] = useState<CheckForm | undefined>(() => loadedCheckForm);
  const [loadFailure, setLoadFailure] = useState<unknown>(undefined);
  // A failed load (a file missing from the server) shows the page's failure screen.
  if (loadFailure !== undefined) throw loadFailure;
  useEffect(() => {
    if (checkForm !== undefined) return;
    let live = true;
    const cancel = afterPaint(() => {
      loadCheckForm().then(
        (loaded) => live && setCheckForm(() => loaded),
        (error: unknown) => live && setLoadFailure(error ?? new Error('rules')),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [checkForm]);

  const run = useCallback(() => {
    if (checkForm === undefined) return;
    const values = getValues();
    const list = checkForm(values, problems.current);
    findings.set(list);
    states.set(stepStates(values, list));
  }, [checkForm, getValues, findings, states]);

  const setInputProblem = useCallback(
    (path: string, message: string | null) => {
      const before = problems.current.get(path);
      if (message === null) problems.current.delete(path);
      else problems.current.set(path, message);
      if (before !== (message ?? undefined)) run();
    },
    [run],
  );

  useEffect(() => {
    if (checkForm === undefined) return;
    // What was typed but not valid when last saved comes back as typed (with its error).
    for (const [path, text] of Object.entries(unparsed)) setValue(path as never, text as never);
    run();
    // What is wrong shows at once on opening; what is merely not filled in yet does not.
    reveal.revealAll(findings.get().filter((f) => !isCompleteness(f)));
    // Checking waits for a pause in typing, so a keystroke paints only its cell and totals;
    // leaving a field (or pressing a button) checks at once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      run();
    };
    const subscription = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(flush, CHECK_DELAY_MS);
    });
    // Capture phase: the check runs before the field's own blur handler reveals its errors.
    document.addEventListener('focusout', flush, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('focusout', flush, true);
      subscription.unsubscribe();
    };
  }, [checkForm, watch, setValue, run, reveal, findings, unparsed]);

  return { findings, states, setInputProblem };
}
