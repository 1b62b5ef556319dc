import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import { FindingsStore } from '../findings/findings-store';
import type { RevealStore } from '../form/reveal-store';
import { checkForm } from './form-checks';
import { SnapshotStore } from './snapshot-store';
import { sameStates, stepStates } from './step-states';
import type { StepStates } from './step-states';

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
    // What was typed but not valid when last saved comes back as typed (with its error).
    for (const [path, text] of Object.entries(unparsed)) setValue(path as never, text as never);
    run();
    reveal.revealAll(findings.get());
    const subscription = watch(() => run());
    return () => subscription.unsubscribe();
  }, [watch, setValue, run, reveal, findings, unparsed]);

  return { findings, states, setInputProblem };
}
