/** What the page asks the journal's worker to do, in order. */
export type ToJournalWorker =
  | { readonly kind: 'put'; readonly key: string; readonly entry: unknown; readonly seq: number }
  | { readonly kind: 'remove'; readonly key: string; readonly ticket: number };

/** What the worker answers: its database is open, a write is on disk, or it cannot write. */
export type FromJournalWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'written'; readonly key: string; readonly seq: number }
  | { readonly kind: 'removed'; readonly ticket: number }
  | { readonly kind: 'failed'; readonly message: string };
