import { createStore, get, set } from 'idb-keyval';
import type { Review, ReviewStatus } from '../../report/schema';

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
}

export interface SyncMetaStore {
  get(id: string): Promise<SyncMeta | undefined>;
  put(meta: SyncMeta): Promise<void>;
}

/** In IndexedDB beside the drafts (a database of its own), so a queued change survives a reload. */
export function idbSyncMetaStore(): SyncMetaStore {
  const store = createStore('gov-info-report-server-sync', 'meta');
  return {
    get: async (id) => (await get<SyncMeta>(id, store)) ?? undefined,
    put: (meta) => set(meta.id, meta, store),
  };
}

export function memorySyncMetaStore(): SyncMetaStore {
  const map = new Map<string, SyncMeta>();
  return {
    get: async (id) => map.get(id),
    put: async (meta) => {
      map.set(meta.id, meta);
    },
  };
}
