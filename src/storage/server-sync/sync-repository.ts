import type { DraftRepository } from '../draft-repository';
import { parseServerDraftId } from './server-api';
import type { SyncEngine } from './sync-engine';

/**
 * The drafts' storage in server mode: IndexedDB first, exactly as without a server; then a
 * report kept on the server is handed to the sync engine. Only the server's reports are listed.
 */
export function syncingRepository(inner: DraftRepository, engine: SyncEngine): DraftRepository {
  return {
    persistent: inner.persistent,
    list: async () => (await inner.list()).filter((r) => parseServerDraftId(r.id)),
    get: (id) => inner.get(id),
    put: async (record) => {
      await inner.put(record);
      if (parseServerDraftId(record.id)) await engine.changed(record.id);
    },
    remove: (id) => inner.remove(id),
    // The coordinated write (draft-store.ts) goes through here too, and reaches the server.
    update: async (id, change) => {
      const next = await inner.update(id, change);
      if (next && parseServerDraftId(id)) await engine.changed(id);
      return next;
    },
  };
}
