import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import type { Draft } from '../../report/schema';
import { makeRecord } from '../draft-record';
import { createMemoryRepository } from '../memory-repository';
import { syncingRepository } from './sync-repository';

describe('syncingRepository', () => {
  it('hands a server report to the engine, with the draft written, only when an update wrote it', async () => {
    const sent: [string, Draft][] = [];
    const repo = syncingRepository(createMemoryRepository(), {
      changed: async (id: string, draft: Draft) => void sent.push([id, draft]),
    });
    const record = makeRecord('srv-1-2025', sampleDraft(), new Date());
    await repo.put(record);
    expect(sent.map(([id]) => id)).toEqual(['srv-1-2025']);
    // A merge that found the stored draft already holds everything writes nothing.
    expect(await repo.update('srv-1-2025', () => undefined)).toEqual(record);
    expect(sent).toHaveLength(1);
    const edited = setPath(sampleDraft(), 'overview.proactive', '改过的');
    await repo.update('srv-1-2025', () => makeRecord('srv-1-2025', edited, new Date()));
    expect(sent.map(([id, d]) => [id, d.overview.proactive])).toEqual([
      ['srv-1-2025', sampleDraft().overview.proactive],
      ['srv-1-2025', '改过的'],
    ]);
    // A draft of this browser only is never sent.
    await repo.put(makeRecord('local-1', sampleDraft(), new Date()));
    await repo.update('local-1', (current) => current && { ...current, savedAt: new Date(0).toISOString() });
    expect(sent).toHaveLength(2);
  });

  it('hands over a record written elsewhere (read back from its text), and none it cannot read', async () => {
    const sent: string[] = [];
    const repo = syncingRepository(createMemoryRepository(), {
      changed: async (_id: string, draft: Draft) => void sent.push(draft.meta.agencyName),
    });
    const made = makeRecord('srv-1-2025', sampleDraft(), new Date());
    // A copy of the record, as another tab's write arrives: no draft of this tab behind it.
    await repo.put({ ...made });
    await repo.put({ ...made, draft: '{"not":"a draft"' });
    expect(sent).toEqual([sampleDraft().meta.agencyName]);
  });
});
