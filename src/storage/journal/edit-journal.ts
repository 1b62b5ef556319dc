import { get } from 'idb-keyval';
import { isEntry } from './journal-entry';
import type { EditJournal, JournalEntry } from './journal-entry';
import { JournalRoute } from './journal-route';
import type { JournalWorkerPort } from './journal-route';
import type { JournalWriter } from './journal-writer';
import { journalStore, pageJournalWriter, readLocal } from './page-writer';

export type { EditJournal, JournalEntry } from './journal-entry';

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
 * localStorage, which survives a reload at once after a keystroke. Reading takes the newer copy.
 * Every write goes through one `JournalWriter` (README.md: who writes when).
 */
export function openIdbJournal(
  onError: (e: unknown) => void,
  startWorker: () => Promise<JournalWorkerPort> = startJournalWorker,
): EditJournal {
  const store = journalStore();
  const route = new JournalRoute(pageJournalWriter(store, onError));
  const writer: JournalWriter = route;
  // Started once the page is idle: not in the way of the first step being drawn and usable.
  whenIdle(() =>
    startWorker().then(
      (port) => route.attach(port),
      () => route.toPage(),
    ),
  );
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => writer.pageLeft());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') writer.pageLeft();
    });
  }
  let last = 0;
  return {
    write: (entry) => {
      last = Math.max(last + 1, Date.now());
      writer.write({ ...entry, seq: last });
    },
    read: async (id) => {
      const v: unknown = await get(id, store);
      const fromDb = isEntry(v) ? v : undefined;
      const fromLocal = readLocal(id);
      if (!fromDb || !fromLocal) return fromDb ?? fromLocal;
      return (fromLocal.seq ?? 0) > (fromDb.seq ?? 0) ? fromLocal : fromDb;
    },
    remove: (id) => writer.remove(id),
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
