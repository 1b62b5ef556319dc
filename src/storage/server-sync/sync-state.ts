import type { Draft } from '../../report/schema';

/** Both versions when the server had a newer revision than the one this copy was based on. */
export interface Conflict {
  readonly id: string;
  readonly local: Draft;
  readonly server: Draft;
  readonly serverRevision: number;
  /** Who saved the server's revision (their name) and when (ISO time), as the server says. */
  readonly serverSavedBy?: string | undefined;
  readonly serverSavedAt?: string | undefined;
  /** When this browser last saved its copy (ISO time). */
  readonly localSavedAt?: string | undefined;
}

/** What the header says about the report being edited. */
export type SyncState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'synced'; readonly at: Date; readonly revision: number }
  | { readonly kind: 'pending'; readonly offline: boolean; readonly serverAway?: boolean }
  | { readonly kind: 'conflict'; readonly conflict: Conflict }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'refused'; readonly message: string };
