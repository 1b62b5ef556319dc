import type { JournalEntry } from './journal-entry';

/**
 * The one way an entry reaches the disk. `JournalRoute` is the writer the journal uses: the
 * worker once it is ready, the page (`PageJournalWriter`) before that and for good once the
 * worker fails, and localStorage for what the worker has not yet written when the page is left.
 */
export interface JournalWriter {
  /** Starts the write at once; the keystroke does not wait for it. */
  write(entry: JournalEntry): void;
  /** Removes the draft's entry after every write before it. */
  remove(draftId: string): Promise<void>;
  /** The page is being left or hidden: whatever is not yet on disk is written now. */
  pageLeft(): void;
}

/** The page writing the journal itself: both copies at once, or only the localStorage one. */
export interface PageJournalWriter {
  /** localStorage and IndexedDB, both started before this returns. */
  write(entry: JournalEntry): void;
  writeLocal(entry: JournalEntry): void;
  remove(draftId: string): Promise<void>;
  removeLocal(draftId: string): void;
}
