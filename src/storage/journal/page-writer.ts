import { createStore, del, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { isEntry } from './journal-entry';
import type { JournalEntry } from './journal-entry';
import type { PageJournalWriter } from './journal-writer';
import { JOURNAL_DB_NAME, JOURNAL_STORE } from './journal-store-names';

const LOCAL_PREFIX = 'gov-info-report-journal:';

/** localStorage, or undefined where the browser refuses it. */
function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The localStorage copy of a draft's entry, if any. */
export function readLocal(id: string): JournalEntry | undefined {
  try {
    const text = local()?.getItem(LOCAL_PREFIX + id);
    const v: unknown = text ? JSON.parse(text) : undefined;
    return isEntry(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function writeLocal(entry: JournalEntry, onError: (e: unknown) => void): void {
  try {
    local()?.setItem(LOCAL_PREFIX + entry.draftId, JSON.stringify(entry));
  } catch (e) {
    onError(e); // quota: the IndexedDB copy still holds it
  }
}

const removeLocal = (id: string) => local()?.removeItem(LOCAL_PREFIX + id);

/** The journal's IndexedDB store as idb-keyval opens it (read and remove). */
export const journalStore = (): UseStore => createStore(JOURNAL_DB_NAME, JOURNAL_STORE);

/**
 * The journal's database opened once on the page, so that a write needs no promise to settle
 * first: the put is made, and committed, inside the keystroke's own event (see `writeAtOnce`).
 */
function openJournalDb(onError: (e: unknown) => void): { current: IDBDatabase | undefined } {
  const handle: { current: IDBDatabase | undefined } = { current: undefined };
  if (typeof indexedDB === 'undefined') return handle;
  try {
    const request = indexedDB.open(JOURNAL_DB_NAME);
    // The same database and store idb-keyval makes (createStore), for read and remove.
    request.onupgradeneeded = () => request.result.createObjectStore(JOURNAL_STORE);
    request.onsuccess = () => (handle.current = request.result);
    request.onerror = () => onError(request.error);
  } catch (e) {
    onError(e);
  }
  return handle;
}

/**
 * Puts the entry and commits at once (`commit()`, where the browser has it, instead of at the
 * end of the task): the write is on its way to the browser's disk writer before the key's
 * event is over. False when it could not be started this way.
 */
function writeAtOnce(
  db: IDBDatabase | undefined,
  entry: JournalEntry,
  onError: (e: unknown) => void,
): boolean {
  if (!db) return false;
  try {
    const tx = db.transaction(JOURNAL_STORE, 'readwrite');
    tx.objectStore(JOURNAL_STORE).put(entry, entry.draftId);
    tx.onerror = () => onError(tx.error);
    // Chromium 76+; older browsers commit when the task ends, a moment later.
    if (typeof tx.commit === 'function') tx.commit();
    return true;
  } catch {
    return false;
  }
}

/**
 * The page's own writer: localStorage, written synchronously, which survives a reload at once
 * after a keystroke (the page being left aborts an IndexedDB write not yet committed); and
 * IndexedDB, which survives a killed browser, put and committed within the keystroke's event.
 */
export function pageJournalWriter(store: UseStore, onError: (e: unknown) => void): PageJournalWriter {
  const db = openJournalDb(onError);
  return {
    write: (entry) => {
      writeLocal(entry, onError);
      if (!writeAtOnce(db.current, entry, onError)) void set(entry.draftId, entry, store).catch(onError);
    },
    writeLocal: (entry) => writeLocal(entry, onError),
    remove: async (id) => {
      removeLocal(id);
      await del(id, store);
    },
    removeLocal,
  };
}
