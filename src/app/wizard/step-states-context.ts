import { createContext, useContext, useSyncExternalStore } from 'react';
import { SnapshotStore } from '../../storage/snapshot-store';
import type { StepStates } from './step-states';
import { stepStates } from './step-states';

export const StepStatesContext = createContext(new SnapshotStore<StepStates>(stepStates({}, [])));

/** Every step's state (re-renders only when one of them changes). */
export function useStepStates(): StepStates {
  const store = useContext(StepStatesContext);
  return useSyncExternalStore(store.subscribe, store.get);
}
