import { createStore, del, get, promisifyRequest, set, values } from 'idb-keyval';
import type { DraftRecord } from './draft-record';
import type { DraftRepository } from './draft-repository';

const DB_NAME = 'gov-info-report';
const STORE_NAME = 'drafts';
const PROBE_KEY = '__probe__';

function isRecord(v: unknown): v is DraftRecord {
  return v !== null && typeof v === 'object' && typeof (v as DraftRecord).id === 'string';
}

/**
 * Drafts in IndexedDB (idb-keyval, a store of our own). Rejects when the browser
 * refuses IndexedDB (file:// in some browsers, private mode, storage switched off).
 */
export async function openIdbRepository(): Promise<DraftRepository> {
  if (typeof indexedDB === 'undefined') throw new Error('此浏览器不支持 IndexedDB');
  const store = createStore(DB_NAME, STORE_NAME);
  // Prove that writing works before promising the clerk that it does.
  await set(PROBE_KEY, { at: Date.now() }, store);
  await del(PROBE_KEY, store);
  return {
    persistent: true,
    list: async () => (await values(store)).filter(isRecord),
    get: async (id) => {
      const v: unknown = await get(id, store);
      return isRecord(v) ? v : undefined;
    },
    put: (record) => set(record.id, record, store),
    remove: (id) => del(id, store),
    update: (id, change) =>
      store('readwrite', async (s) => {
        // Nothing but IndexedDB is awaited here, so the transaction stays open from read to write.
        const v: unknown = await promisifyRequest(s.get(id));
        const current = isRecord(v) ? v : undefined;
        const next = change(current);
        if (!next) return current;
        s.put(next, id);
        await promisifyRequest(s.transaction);
        return next;
      }),
  };
}
