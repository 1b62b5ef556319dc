import type { DraftRepository } from './draft-repository';
import type { EditJournal } from './journal/edit-journal';
import { createMemoryJournal, openIdbJournal } from './journal/edit-journal';
import { openIdbRepository } from './idb-repository';
import { createMemoryRepository } from './memory-repository';

export interface OpenedRepository {
  readonly repository: DraftRepository;
  /** Each edit as it is made, until autosave folds it into the draft. */
  readonly journal: EditJournal;
  /** Why drafts cannot be kept in this browser (then `repository` is in memory only). */
  readonly failure?: string;
}

/** IndexedDB when it works, else memory with the reason (the app tells the clerk at once). */
export async function openRepository(): Promise<OpenedRepository> {
  try {
    const repository = await openIdbRepository();
    // A journal write that fails is not reported: the autosave right after reports the problem.
    return { repository, journal: openIdbJournal(() => {}) };
  } catch (e) {
    return {
      repository: createMemoryRepository(),
      journal: createMemoryJournal(),
      failure: e instanceof Error ? e.message : String(e),
    };
  }
}
