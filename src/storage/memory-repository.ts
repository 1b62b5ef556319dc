import type { DraftRecord } from './draft-record';
import type { DraftRepository } from './draft-repository';

/** Drafts in memory only (when IndexedDB is unavailable; also used by tests). */
export function createMemoryRepository(): DraftRepository {
  const records = new Map<string, DraftRecord>();
  return {
    persistent: false,
    list: async () => [...records.values()],
    get: async (id) => records.get(id),
    put: async (record) => {
      records.set(record.id, record);
    },
    remove: async (id) => {
      records.delete(id);
    },
    update: async (id, change) => {
      const next = change(records.get(id));
      if (next) records.set(id, next);
      return records.get(id);
    },
  };
}
