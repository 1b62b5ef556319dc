import { draftOfRecord } from '../draft-record';
import type { DraftRecord } from '../draft-record';
import type { DraftRepository } from '../draft-repository';
import { parseServerDraftId } from './server-api';
import type { SyncEngine } from './sync-engine';

/**
 * The drafts' storage in server mode: IndexedDB first, exactly as without a server; then a
 * report kept on the server is handed to the sync engine, with the draft just written. Only the
 * server's reports are listed.
 */
export function syncingRepository(
  inner: DraftRepository,
  engine: Pick<SyncEngine, 'changed'>,
): DraftRepository {
  const hand = async (record: DraftRecord) => {
    if (!parseServerDraftId(record.id)) return;
    const draft = draftOfRecord(record);
    // A record that cannot be read back is no report to send (the wizard says why it cannot open it).
    if (draft) await engine.changed(record.id, draft);
  };
  return {
    persistent: inner.persistent,
    list: async () => (await inner.list()).filter((r) => parseServerDraftId(r.id)),
    get: (id) => inner.get(id),
    put: async (record) => {
      await inner.put(record);
      await hand(record);
    },
    remove: (id) => inner.remove(id),
    // The coordinated write (draft-store.ts) goes through here too, and reaches the server.
    // A change that writes nothing (a merge that found the stored draft already holds it) is no
    // change to send.
    update: async (id, change) => {
      let written: DraftRecord | undefined;
      const next = await inner.update(id, (current) => {
        written = change(current);
        return written;
      });
      if (written) await hand(written);
      return next;
    },
  };
}
