/**
 * The edit journal's writer, on a thread of its own: each entry the page posts is put into
 * IndexedDB and committed at once, while the page's main thread goes on painting the keystroke.
 * Answers `written` once a put is on disk, and `failed` (the page then writes itself) when the
 * database cannot be opened or written — as in Chromium 80 from file://.
 */
import type { FromJournalWorker, ToJournalWorker } from './journal-messages';
import { JOURNAL_DB_NAME, JOURNAL_STORE } from './journal-store-names';

/** The little of a dedicated worker's global scope this file uses (the app's types are the page's). */
interface JournalWorkerScope {
  onmessage: ((event: MessageEvent<ToJournalWorker>) => void) | null;
  postMessage(message: FromJournalWorker): void;
}

const scope = self as unknown as JournalWorkerScope;
const post = (message: FromJournalWorker) => scope.postMessage(message);
const fail = (e: unknown) => post({ kind: 'failed', message: String(e) });

let db: IDBDatabase | undefined;
let failed = false;
/** What arrived before the database was open. */
const waiting: ToJournalWorker[] = [];

function apply(message: ToJournalWorker, open: IDBDatabase): void {
  try {
    const tx = open.transaction(JOURNAL_STORE, 'readwrite');
    const store = tx.objectStore(JOURNAL_STORE);
    if (message.kind === 'put') store.put(message.entry, message.key);
    else store.delete(message.key);
    tx.oncomplete = () =>
      post(
        message.kind === 'put'
          ? { kind: 'written', key: message.key, seq: message.seq }
          : { kind: 'removed', ticket: message.ticket },
      );
    tx.onabort = () => fail(tx.error);
    // Chromium 76+: on its way to the disk now, not when this task ends.
    if (typeof tx.commit === 'function') tx.commit();
  } catch (e) {
    fail(e);
  }
}

scope.onmessage = (event) => {
  if (failed) return;
  if (db) apply(event.data, db);
  else waiting.push(event.data);
};

try {
  const request = indexedDB.open(JOURNAL_DB_NAME);
  request.onupgradeneeded = () => request.result.createObjectStore(JOURNAL_STORE);
  request.onsuccess = () => {
    const open = request.result;
    db = open;
    post({ kind: 'ready' });
    for (const message of waiting.splice(0)) apply(message, open);
  };
  request.onerror = () => {
    failed = true;
    fail(request.error);
  };
} catch (e) {
  failed = true;
  fail(e);
}
