import { createContext, useContext } from 'react';
import type { DraftRepository } from '../../storage/draft-repository';
import { createMemoryRepository } from '../../storage/memory-repository';

export interface Drafts {
  readonly repository: DraftRepository;
  /** Why drafts are not being kept in this browser, when they are not. */
  readonly storageProblem: string | undefined;
  readonly reportStorageProblem: (message: string | undefined) => void;
}

export const DraftsContext = createContext<Drafts>({
  repository: createMemoryRepository(),
  storageProblem: undefined,
  reportStorageProblem: () => {},
});

export function useDrafts(): Drafts {
  return useContext(DraftsContext);
}
