import { createStore, del, get, set } from 'idb-keyval';

/**
 * The edits of one draft not yet folded into its stored record, written the moment they are
 * made (one small IndexedDB write per change) so that a crash of the tab or the browser
 * between a keystroke and the next autosave loses nothing. Values are absolute (the field's
 * value after the edit), so applying an entry twice does no harm.
 */
export interface JournalEntry {
  readonly draftId: string;
  /** The record's write count the edits were made on. */
  readonly rev: number;
  /** The tab that made them. */
  readonly writer: string;
  /** Field path → its value after the edit. */
  readonly edits: Readonly<Record<string, unknown>>;
}

export interface EditJournal {
  /** Starts the write at once (no waiting): the caller's keystroke is not delayed. */
  write(entry: JournalEntry): void;
  read(draftId: string): Promise<JournalEntry | undefined>;
  remove(draftId: string): Promise<void>;
}

function isEntry(v: unknown): v is JournalEntry {
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as JournalEntry).draftId === 'string' &&
    typeof (v as JournalEntry).rev === 'number' &&
    typeof (v as JournalEntry).edits === 'object'
  );
}

/** The journal in IndexedDB (its own database: idb-keyval keeps one store per database). */
export function openIdbJournal(onError: (e: unknown) => void): EditJournal {
  const store = createStore('gov-info-report-journal', 'edits');
  return {
    write: (entry) => void set(entry.draftId, entry, store).catch(onError),
    read: async (id) => {
      const v: unknown = await get(id, store);
      return isEntry(v) ? v : undefined;
    },
    remove: (id) => del(id, store),
  };
}

/** A journal in memory (tests, and browsers that refuse storage: nothing to recover then). */
export function createMemoryJournal(): EditJournal & { readonly entries: Map<string, JournalEntry> } {
  const entries = new Map<string, JournalEntry>();
  return {
    entries,
    write: (entry) => void entries.set(entry.draftId, entry),
    read: async (id) => entries.get(id),
    remove: async (id) => void entries.delete(id),
  };
}
