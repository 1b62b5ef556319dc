import type { JournalEntry } from './journal-entry';
import type { JournalWriter, PageJournalWriter } from './journal-writer';
import type { FromJournalWorker, ToJournalWorker } from './journal-messages';

/** The journal's worker as the page sees it: a Worker, or a stand-in in tests. */
export interface JournalWorkerPort {
  postMessage(message: ToJournalWorker): void;
  onmessage: ((event: { readonly data: FromJournalWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

type Mode = 'starting' | 'worker' | 'page';

/**
 * Who writes each journal entry. While the worker starts, and for good once it fails, the page
 * (`PageJournalWriter.write`). Once it is ready, the worker: the entry is posted, kept until
 * the worker says it is on disk, and written to localStorage if the page is left before that.
 * Removals go the same way as the writes before them, so none overtakes a write.
 */
export class JournalRoute implements JournalWriter {
  private mode: Mode = 'starting';
  private port: JournalWorkerPort | undefined;
  /** Posted to the worker and not yet on disk, by draft. */
  private readonly unwritten = new Map<string, JournalEntry>();
  private readonly removals = new Map<number, { draftId: string; done: () => void }>();
  private ticket = 0;

  constructor(private readonly page: PageJournalWriter) {}

  /** The worker has started; it takes the writes once its database is open. */
  attach(port: JournalWorkerPort): void {
    if (this.mode === 'page') {
      port.terminate();
      return;
    }
    this.port = port;
    port.onmessage = ({ data }) => this.answer(data);
    port.onerror = () => this.toPage();
  }

  /** The worker cannot write (or never started): the page writes from now on, beginning with what the worker had not written. */
  toPage(): void {
    if (this.mode === 'page') return;
    this.mode = 'page';
    this.port?.terminate();
    this.port = undefined;
    for (const entry of this.unwritten.values()) this.page.write(entry);
    this.unwritten.clear();
    for (const { draftId, done } of this.removals.values()) void this.page.remove(draftId).then(done, done);
    this.removals.clear();
  }

  write(entry: JournalEntry): void {
    const port = this.port;
    if (this.mode !== 'worker' || !port) {
      this.page.write(entry);
      return;
    }
    this.unwritten.set(entry.draftId, entry);
    port.postMessage({ kind: 'put', key: entry.draftId, entry, seq: entry.seq ?? 0 });
  }

  remove(draftId: string): Promise<void> {
    this.unwritten.delete(draftId);
    const port = this.port;
    if (this.mode !== 'worker' || !port) return this.page.remove(draftId);
    this.page.removeLocal(draftId);
    const ticket = ++this.ticket;
    return new Promise<void>((done) => {
      this.removals.set(ticket, { draftId, done });
      port.postMessage({ kind: 'remove', key: draftId, ticket });
    });
  }

  /** The page is being left or hidden: what the worker has not yet written goes to localStorage now. */
  pageLeft(): void {
    for (const entry of this.unwritten.values()) this.page.writeLocal(entry);
  }

  private answer(message: FromJournalWorker): void {
    switch (message.kind) {
      case 'ready':
        if (this.mode === 'starting') this.mode = 'worker';
        return;
      case 'written':
        if (this.unwritten.get(message.key)?.seq === message.seq) this.unwritten.delete(message.key);
        return;
      case 'removed': {
        const removal = this.removals.get(message.ticket);
        this.removals.delete(message.ticket);
        removal?.done();
        return;
      }
      case 'failed':
        this.toPage();
        return;
    }
  }
}
