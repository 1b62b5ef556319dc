import type { DraftRepository } from './draft-repository';
import { openIdbRepository } from './idb-repository';
import { createMemoryRepository } from './memory-repository';

export interface OpenedRepository {
  readonly repository: DraftRepository;
  /** Why drafts cannot be kept in this browser (then `repository` is in memory only). */
  readonly failure?: string;
}

/** IndexedDB when it works, else memory with the reason (the app tells the clerk at once). */
export async function openRepository(): Promise<OpenedRepository> {
  try {
    return { repository: await openIdbRepository() };
  } catch (e) {
    return {
      repository: createMemoryRepository(),
      failure: e instanceof Error ? e.message : String(e),
    };
  }
}
