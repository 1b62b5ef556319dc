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
    // A change that writes nothing (a merge that found the stored draft already holds it) is no
    // change to send.
    update: async (id, change) => {
      let wrote = false as boolean;
      const next = await inner.update(id, (current) => {
        const written = change(current);
        wrote = written !== undefined;
        return written;
      });
      if (wrote && parseServerDraftId(id)) await engine.changed(id);
      return next;
    },
  };
}
