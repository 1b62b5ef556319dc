import { createContext, useContext } from 'react';
import type { DraftRepository } from '../../storage/draft-repository';
import type { EditJournal } from '../../storage/journal/edit-journal';
import { createMemoryJournal } from '../../storage/journal/edit-journal';
import { createMemoryRepository } from '../../storage/memory-repository';

export interface Drafts {
  readonly repository: DraftRepository;
  readonly journal: EditJournal;
  /** Why drafts are not being kept in this browser, when they are not. */
  readonly storageProblem: string | undefined;
  readonly reportStorageProblem: (message: string | undefined) => void;
}

export const DraftsContext = createContext<Drafts>({
  repository: createMemoryRepository(),
  journal: createMemoryJournal(),
  storageProblem: undefined,
  reportStorageProblem: () => {},
});

export function useDrafts(): Drafts {
  return useContext(DraftsContext);
}
