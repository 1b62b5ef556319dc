import { createStore, del, get, set } from 'idb-keyval';
import { JournalRoute } from './journal-route';
import type { JournalWorkerPort } from './journal-route';
import { JOURNAL_DB_NAME, JOURNAL_STORE } from './journal-store-names';

/**
 * The edits of one draft not yet folded into its stored record, written the moment they are
 * made (one small IndexedDB write per change, made by a worker) so that a crash of the tab or the browser
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
  /** Set by the journal on each write: the newer of two copies wins. */
  readonly seq?: number;
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

const LOCAL_PREFIX = 'gov-info-report-journal:';

/** localStorage, or undefined where the browser refuses it. */
function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function readLocal(id: string): JournalEntry | undefined {
  try {
    const text = local()?.getItem(LOCAL_PREFIX + id);
    const v: unknown = text ? JSON.parse(text) : undefined;
    return isEntry(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The journal's database opened once on the page, so that a write needs no promise to settle
 * first: the put is made, and committed, inside the keystroke's own event (see `writeAtOnce`).
 * Used until the worker is ready, and where it cannot write.
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

function writeLocal(entry: JournalEntry, onError: (e: unknown) => void): void {
  try {
    local()?.setItem(LOCAL_PREFIX + entry.draftId, JSON.stringify(entry));
  } catch (e) {
    onError(e); // quota: the IndexedDB copy still holds it
  }
}

/** Runs `task` when the page is next idle (at the latest in 2 s), or at once without requestIdleCallback. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else task();
}

/** Starts the journal's worker (inlined, so that it starts from file:// too), or fails. */
async function startJournalWorker(): Promise<JournalWorkerPort> {
  if (typeof Worker === 'undefined') throw new Error('no Worker');
  const { default: JournalWorker } = await import('./journal-worker?worker&inline');
  return new JournalWorker() as JournalWorkerPort;
}

/**
 * The journal twice: in IndexedDB (its own database), which survives a killed browser; and in
 * localStorage, written synchronously, which survives a reload at once after a keystroke (the
 * page being left aborts an IndexedDB write not yet committed). Reading takes the newer copy.
 *
 * The IndexedDB write is made by a worker (journal-worker.ts) as soon as the page posts it, on
 * a thread of its own, so that a keystroke's event does not pay for it; the localStorage copy
 * of what the worker has not yet said is on disk is written when the page is left. Until the
 * worker is ready, and where it cannot write, the page writes both copies itself, within the
 * keystroke's event.
 */
export function openIdbJournal(
  onError: (e: unknown) => void,
  startWorker: () => Promise<JournalWorkerPort> = startJournalWorker,
): EditJournal {
  const store = createStore(JOURNAL_DB_NAME, JOURNAL_STORE);
  const db = openJournalDb(onError);
  const route = new JournalRoute({
    write: (entry) => {
      writeLocal(entry, onError);
      if (!writeAtOnce(db.current, entry, onError)) void set(entry.draftId, entry, store).catch(onError);
    },
    writeLocal: (entry) => writeLocal(entry, onError),
    remove: async (id) => {
      local()?.removeItem(LOCAL_PREFIX + id);
      await del(id, store);
    },
    removeLocal: (id) => local()?.removeItem(LOCAL_PREFIX + id),
  });
  // Started once the page is idle: not in the way of the first step being drawn and usable.
  whenIdle(() =>
    startWorker().then(
      (port) => route.attach(port),
      () => route.toPage(),
    ),
  );
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => route.pageLeft());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') route.pageLeft();
    });
  }
  let last = 0;
  return {
    write: (entry) => {
      last = Math.max(last + 1, Date.now());
      route.write({ ...entry, seq: last });
    },
    read: async (id) => {
      const v: unknown = await get(id, store);
      const fromDb = isEntry(v) ? v : undefined;
      const fromLocal = readLocal(id);
      if (!fromDb || !fromLocal) return fromDb ?? fromLocal;
      return (fromLocal.seq ?? 0) > (fromDb.seq ?? 0) ? fromLocal : fromDb;
    },
    remove: (id) => route.remove(id),
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
