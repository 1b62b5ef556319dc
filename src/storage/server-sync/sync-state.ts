import type { Draft } from '../../report/schema';

/** Both versions when the server had a newer revision than the one this copy was based on. */
export interface Conflict {
  readonly id: string;
  readonly local: Draft;
  readonly server: Draft;
  readonly serverRevision: number;
}

/** What the header says about the report being edited. */
export type SyncState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'synced'; readonly at: Date; readonly revision: number }
  | { readonly kind: 'pending'; readonly offline: boolean; readonly serverAway?: boolean }
  | { readonly kind: 'conflict'; readonly conflict: Conflict }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'refused'; readonly message: string };
