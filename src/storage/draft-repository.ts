import type { DraftRecord } from './draft-record';

/** Where drafts are kept: IndexedDB normally, memory when the browser refuses storage. */
export interface DraftRepository {
  /** False when drafts only live in memory and are lost on reload. */
  readonly persistent: boolean;
  list(): Promise<DraftRecord[]>;
  get(id: string): Promise<DraftRecord | undefined>;
  put(record: DraftRecord): Promise<void>;
  remove(id: string): Promise<void>;
  /**
   * Reads the record and writes what `change` returns (nothing when it returns undefined) in
   * one step no other tab can come between (one IndexedDB transaction); resolves to the record
   * stored afterwards. `change` must be synchronous.
   */
  update(
    id: string,
    change: (current: DraftRecord | undefined) => DraftRecord | undefined,
  ): Promise<DraftRecord | undefined>;
}
