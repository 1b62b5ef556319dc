import { expect, it } from 'vitest';
import { loadUser } from '../accounts/current-user';
import type { CurrentUser } from '../accounts/current-user';
import { describeOnBothDatabases } from '../test/harness';
import type { TestServer } from '../test/harness';
import { regionInScope, unitsWithReports } from './desk-store';
import type { ScopedRegion } from './desk-store';

async function userOf(s: TestServer, login: string): Promise<CurrentUser> {
  const [row] = await s.ownerDb.query<{ id: number }>('SELECT id FROM users WHERE login = $1', [login]);
  const user = row && (await loadUser(s.db, row.id));
  if (!user) throw new Error(`no user ${login}`);
  return user;
}

describeOnBothDatabases('the desk store', (server) => {
  it('runs over a region only regionInScope made: the supervisor’s own subtree, never another county', async () => {
    const s = server();
    const supX = await userOf(s, 'supX');
    expect(await regionInScope(s.db, supX, s.world.countyY)).toBeUndefined();
    expect(await regionInScope(s.db, supX, s.world.city)).toBeUndefined();
    expect(await regionInScope(s.db, await userOf(s, 'clerkA'))).toBeUndefined();
    const own = await regionInScope(s.db, supX);
    if (!own) throw new Error('supX has no region');
    // A query with nothing but the region reaches only the county's units.
    const units = await unitsWithReports(s.db, own, 2040, 100);
    expect(units.map((u) => u.unit_id).sort()).toEqual([s.world.unitA, s.world.unitB].sort());
    // Nor can a caller hand a query a region of its own making (tsc checks this line: a
    // ScopedRegion carries a brand only regionInScope gives).
    // @ts-expect-error — a plain object with another county's path is no ScopedRegion.
    const forged: ScopedRegion = {
      id: s.world.countyY,
      parentId: null,
      name: '乙县',
      level: 'county',
      path: '/',
    };
    expect(forged.id).toBe(s.world.countyY);
  });
});
