/**
 * The edits of one draft not yet folded into its stored record, written the moment they are
 * made (one small write per change) so that a crash of the tab or the browser between a
 * keystroke and the next autosave loses nothing. Values are absolute (the field's value after
 * the edit), so applying an entry twice does no harm.
 */
export interface JournalEntry {
  readonly draftId: string;
  /** The record's write count the edits were made on. */
  readonly rev: number;
  /** The tab that made them. */
  readonly writer: string;
  /** Field path → its value after the edit. */
  readonly edits: Readonly<Record<string, unknown>>;
  /** Set by the journal on each write: the newer of two copies wins. */
  readonly seq?: number;
}

/** The journal as autosave and loading see it. */
export interface EditJournal {
  /** Starts the write at once (no waiting): the caller's keystroke is not delayed. */
  write(entry: JournalEntry): void;
  read(draftId: string): Promise<JournalEntry | undefined>;
  remove(draftId: string): Promise<void>;
}

export function isEntry(v: unknown): v is JournalEntry {
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as JournalEntry).draftId === 'string' &&
    typeof (v as JournalEntry).rev === 'number' &&
    typeof (v as JournalEntry).edits === 'object'
  );
}
