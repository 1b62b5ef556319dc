import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { makeRecord } from '../draft-record';
import { createMemoryRepository } from '../memory-repository';
import type { SyncEngine } from './sync-engine';
import { syncingRepository } from './sync-repository';

describe('syncingRepository', () => {
  it('hands a server report to the engine only when an update wrote it', async () => {
    const sent: string[] = [];
    const engine = { changed: async (id: string) => void sent.push(id) } as unknown as SyncEngine;
    const inner = createMemoryRepository();
    const repo = syncingRepository(inner, engine);
    const record = makeRecord('srv-1-2025', sampleDraft(), new Date());
    await inner.put(record);
    // A merge that found the stored draft already holds everything writes nothing.
    expect(await repo.update('srv-1-2025', () => undefined)).toEqual(record);
    expect(sent).toEqual([]);
    await repo.update(
      'srv-1-2025',
      (current) => current && { ...current, savedAt: new Date(0).toISOString() },
    );
    expect(sent).toEqual(['srv-1-2025']);
    // A draft of this browser only is never sent.
    await inner.put(makeRecord('local-1', sampleDraft(), new Date()));
    await repo.update('local-1', (current) => current && { ...current, savedAt: new Date(0).toISOString() });
    expect(sent).toEqual(['srv-1-2025']);
  });
});
