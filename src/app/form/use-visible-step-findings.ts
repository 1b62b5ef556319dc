import { useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Finding } from '../../report/findings';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import { FindingsContext } from '../findings/use-findings';
import { useFormTools } from './form-context';
import { visibleFindings } from './use-visible-findings';

function sameList(a: readonly Finding[], b: readonly Finding[]): boolean {
  return (
    a.length === b.length &&
    a.every((f, i) => {
      const g = b[i];
      return g !== undefined && f.path === g.path && f.rule === g.rule && f.message === g.message;
    })
  );
}

/**
 * The findings of one step the clerk should see now. Keeps the same array while they do
 * not change, so a keystroke that changes nothing on the step re-renders nothing.
 */
export function useVisibleStepFindings(step: StepId): readonly Finding[] {
  const { reveal } = useFormTools();
  const store = useContext(FindingsContext);
  const cache = useRef<readonly Finding[]>([]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const offFindings = store.subscribe(listener);
      const offReveal = reveal.subscribe(listener);
      return () => {
        offFindings();
        offReveal();
      };
    },
    [store, reveal],
  );
  const getSnapshot = useCallback(() => {
    const next = visibleFindings(store.get(), reveal).filter((f) => stepOfPath(f.path) === step);
    if (!sameList(cache.current, next)) cache.current = next;
    return cache.current;
  }, [store, reveal, step]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
