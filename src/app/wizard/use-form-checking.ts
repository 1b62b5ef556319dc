import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { isCompleteness } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { loadProseFigures } from '../../report/rules/prose-figures';
import { FindingsStore } from '../findings/findings-store';
import type { RevealStore } from '../form/reveal-store';
import { checkForm } from './form-checks';
import { SnapshotStore } from '../../storage/snapshot-store';
import { sameStates, stepStates } from './step-states';
import type { StepStates } from './step-states';

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

  const run = useCallback(() => {
    const values = getValues();
    const list = checkForm(values, problems.current);
    findings.set(list);
    states.set(stepStates(values, list));
  }, [getValues, findings, states]);

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
    // The prose-figure rule arrives in its own chunk: check again once it is there.
    let live = true;
    void loadProseFigures().then(() => {
      if (live) run();
    });
    return () => {
      live = false;
    };
  }, [run]);

  useEffect(() => {
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
  }, [watch, setValue, run, reveal, findings, unparsed]);

  return { findings, states, setInputProblem };
}
