import { createStore, get, update } from 'idb-keyval';
import type { Review, ReviewStatus } from '../../report/schema';

/** A status change the clerk asked for, made by the server's own call (提交审核, 撤回). */
export type StatusCall = 'submit' | 'withdraw';

/** What this browser knows of a report's copy on the server. */
export interface SyncMeta {
  readonly id: string;
  readonly unitId: number;
  readonly year: number;
  /** The server revision the local copy is based on (0: not on the server yet). */
  readonly baseRevision: number;
  readonly serverStatus: ReviewStatus;
  /** The server's review block (status, comments, history): the server writes it, never this browser. */
  readonly serverReview: Review | undefined;
  /** True while the local copy has changes the server has not got. */
  readonly dirty: boolean;
  /**
   * The status calls the clerk made that the server has not answered yet, oldest first (kept
   * here, so an offline spell or a reload sends them after all).
   */
  readonly calls?: readonly StatusCall[];
}

export interface SyncMetaStore {
  get(id: string): Promise<SyncMeta | undefined>;
  /**
   * Reads and writes report `id`'s record in one step, so that a status call made while a send
   * is on its way is never overwritten by the send's own write. `change` returns undefined to
   * leave it as it is.
   */
  update(id: string, change: (current: SyncMeta | undefined) => SyncMeta | undefined): Promise<void>;
}

/** The sync meta's own IndexedDB database and store (as idb-keyval's createStore makes them). */
export const SYNC_META_DB_NAME = 'gov-info-report-server-sync';
export const SYNC_META_STORE = 'meta';

/** In IndexedDB beside the drafts (a database of its own), so a queued change survives a reload. */
export function idbSyncMetaStore(): SyncMetaStore {
  const store = createStore(SYNC_META_DB_NAME, SYNC_META_STORE);
  return {
    get: async (id) => (await get<SyncMeta>(id, store)) ?? undefined,
    update: (id, change) => update<SyncMeta | undefined>(id, (current) => change(current) ?? current, store),
  };
}

export function memorySyncMetaStore(): SyncMetaStore {
  const map = new Map<string, SyncMeta>();
  return {
    get: async (id) => map.get(id),
    update: async (id, change) => {
      const next = change(map.get(id));
      if (next) map.set(id, next);
    },
  };
}
