import { expect, it } from 'vitest';
import {
  adminOverview,
  auditEvents,
  changes,
  me,
  report,
  settleAcrossUnits,
  units,
} from '../../api-contract/endpoints';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { describeOnBothDatabases } from '../test/harness';

describeOnBothDatabases('the server answers as the API contract declares', (server) => {
  it('GET /units, /me and /admin/overview parse against their response schemas', async () => {
    const s = server();
    const supervisor = await s.as('supX');
    const list = units.response.parse(
      await (await supervisor.get(`/api${units.path({ year: 2015 })}`)).json(),
    );
    expect(list.units.map((u) => u.id).sort((a, b) => a - b)).toEqual(
      [s.world.unitA, s.world.unitB].sort((a, b) => a - b),
    );
    const who = me.response.parse(await (await supervisor.get(`/api${me.path({})}`)).json());
    expect(who).toMatchObject({ login: 'supX', role: 'supervisor', region: { id: s.world.countyX } });
    const admin = await s.as('admin');
    const overview = adminOverview.response.parse(
      await (await admin.get(`/api${adminOverview.path({})}`)).json(),
    );
    expect(overview.users.find((u) => u.login === 'clerkA')).toMatchObject({
      role: 'clerk',
      unitId: s.world.unitA,
    });
  });

  it('a saved report, the changes, a bulk settlement and the audit log parse against theirs', async () => {
    const s = server();
    const clerk = await s.as('clerkA');
    const key = { unitId: s.world.unitA, year: 2011 };
    const document = setPath(sampleDraft(), 'meta.year', 2011);
    const put = await clerk.send('PUT', `/api${report.path(key)}`, { baseRevision: 0, document });
    expect(put.status).toBe(200);

    const stored = report.response.parse(await (await clerk.get(`/api${report.path(key)}`)).json());
    expect(stored).toMatchObject({ revision: 1, status: 'draft' });
    expect(stored.document.meta.year).toBe(2011);

    const supervisor = await s.as('supX');
    const changed = changes.response.parse(
      await (await supervisor.get(`/api${changes.path({ year: 2011 })}`)).json(),
    );
    expect(changed.changes).toEqual([{ unitId: s.world.unitA, revision: 1, status: 'draft' }]);

    const settled = settleAcrossUnits.response.parse(
      await (
        await supervisor.send('POST', `/api${settleAcrossUnits.path({})}`, {
          year: 2011,
          unitIds: [s.world.unitB],
          rule: 'R5',
          path: 'meta.contact.postcode',
          state: 'verified',
          note: '无误。',
        })
      ).json(),
    );
    expect(settled.outcomes).toEqual([{ unitId: s.world.unitB, ok: false, message: '没有找到这份报告。' }]);

    const admin = await s.as('admin');
    const log = auditEvents.response.parse(
      await (await admin.get(`/api${auditEvents.path({ user: 'clerkA' })}`)).json(),
    );
    expect(log.events.length).toBeGreaterThan(0);
    expect(log.events.every((e) => e.login === 'clerkA')).toBe(true);
  });
});
