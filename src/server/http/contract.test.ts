import { expect, it } from 'vitest';
import { adminOverview, me, units } from '../../api-contract/endpoints';
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
});
