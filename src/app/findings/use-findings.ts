import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Finding } from '../../report/findings';
import { FindingsStore } from './findings-store';

export const FindingsContext = createContext<FindingsStore>(new FindingsStore());

/** The findings at one path; re-renders only when those change. */
export function useFindingsAt(path: string): readonly Finding[] {
  const store = useContext(FindingsContext);
  return useSyncExternalStore(store.subscribe, () => store.at(path));
}

/** Every finding of the report (for summaries and the task list). */
export function useAllFindings(): readonly Finding[] {
  const store = useContext(FindingsContext);
  return useSyncExternalStore(store.subscribe, () => store.get());
}
