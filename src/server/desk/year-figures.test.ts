import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { figureText } from '../../report/year-figures';
import { describeOnBothDatabases } from '../test/harness';
import type { FiguresAnswer } from './desk-types';

describeOnBothDatabases("the year's figures on the desk", (server) => {
  it('from the approved reports only, per unit and per region, scoped to the supervisor', async () => {
    const s = server();
    const clerk = await s.as('clerkA');
    const sup = await s.as('supX');
    const path = `/api/reports/${s.world.unitA}/2012`;
    const doc = setPath(sampleDraft(), 'meta.year', 2012);
    expect((await clerk.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
    expect((await clerk.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);
    const before = (await (await sup.get('/api/figures?year=2012')).json()) as FiguresAnswer;
    expect(before.units).toEqual([]);
    expect((await sup.send('POST', `${path}/approve`, { revision: 2 })).status).toBe(200);
    const a = (await (await sup.get('/api/figures?year=2012')).json()) as FiguresAnswer;
    expect(a.units.map((u) => u.name)).toEqual(['甲县教育局']);
    const text = Object.fromEntries((a.units[0]?.figures ?? []).map((f) => [f.key, figureText(f)]));
    // The sample: 新收 40 + 5 + 0 + 1 + 2 + 1 = 49; 予以公开 18 + 2 + 0 + 0 + 1 + 0 = 21 of 47 handled.
    expect(text.newReceived).toBe('49');
    expect(text.disclosedShare).toBe('44.7%');
    expect(text.newReceivedChange).toBe('—');
    expect(a.regions[0]?.figures[0]).toEqual({ key: 'newReceived', value: 49, units: 1 });
    expect((await (await s.as('supY')).get(`/api/figures?year=2012&region=${s.world.countyX}`)).status).toBe(
      404,
    );
  });
});
