import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { figureText } from '../../report/year-figures';
import { describeOnBothDatabases } from '../test/harness';
import type { FiguresAnswer, ReconcileAnswer } from '../../api-contract/desk-endpoints';

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

  it('reconciles a chosen unit’s report with the 汇总 of the other approved units, naming those not counted', async () => {
    const s = server();
    const sup = await s.as('supX');
    const file = async (login: string, unitId: number, natural: number) => {
      const c = await s.as(login);
      const path = `/api/reports/${unitId}/2011`;
      const doc = setPath(
        setPath(setPath(sampleDraft(), 'meta.year', 2011), 'applications.newReceived.natural', natural),
        'applications.results.disclosed.natural',
        natural - 22,
      );
      expect((await c.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
      expect((await c.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);
      expect((await sup.send('POST', `${path}/approve`, { revision: 2 })).status).toBe(200);
    };
    await file('clerkA', s.world.unitA, 40);
    await file('clerkB', s.world.unitB, 43);
    const a = (await (
      await sup.get(`/api/reconcile?year=2011&own=${s.world.unitA}`)
    ).json()) as ReconcileAnswer;
    expect(a.own).toEqual({ id: s.world.unitA, name: '甲县教育局', status: 'approved' });
    expect(a.counted.map((u) => u.name)).toEqual(['甲县民政局']);
    // 40 against 43, and 予以公开 18 against 21.
    expect(a.differences.map((d) => [d.path, d.own, d.sum])).toEqual([
      ['applications.newReceived.natural', 40, 43],
      ['applications.results.disclosed.natural', 18, 21],
    ]);
    const both = (await (
      await sup.get(`/api/reconcile?year=2011&own=${s.world.unitA}&includeOwn=1`)
    ).json()) as ReconcileAnswer;
    expect(both.counted).toHaveLength(2);
    expect(both.differences.find((d) => d.path === 'applications.newReceived.natural')).toMatchObject({
      own: 40,
      sum: 83,
    });
    expect(
      (await (await s.as('supY')).get(`/api/reconcile?year=2011&region=${s.world.countyX}`)).status,
    ).toBe(404);
  });
});
