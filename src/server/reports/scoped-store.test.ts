import { expect, it } from 'vitest';
import { loadUser } from '../accounts/current-user';
import type { CurrentUser } from '../accounts/current-user';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { describeOnBothDatabases } from '../test/harness';
import type { TestServer } from '../test/harness';
import { scopedStore } from './scoped-store';

const YEAR = 2013;

async function userOf(s: TestServer, login: string): Promise<CurrentUser> {
  const [row] = await s.ownerDb.query<{ id: number }>('SELECT id FROM users WHERE login = $1', [login]);
  const user = row && (await loadUser(s.db, row.id));
  if (!user) throw new Error(`no user ${login}`);
  return user;
}

/** A report of `YEAR` in unit A (county 甲) and one in unit C (county 乙), saved by their clerks. */
async function twoCountiesWithReports(s: TestServer) {
  for (const [login, unit] of [
    ['clerkA', s.world.unitA],
    ['clerkC', s.world.unitC],
  ] as const) {
    const clerk = await s.as(login);
    const res = await clerk.send('PUT', `/api/reports/${unit}/${YEAR}`, {
      baseRevision: 0,
      document: setPath(sampleDraft(), 'meta.year', YEAR),
    });
    expect(res.status).toBe(200);
  }
}

describeOnBothDatabases('the scoped store', (server) => {
  it('a supervisor’s query with no filter at all still reaches only their county', async () => {
    const s = server();
    await twoCountiesWithReports(s);
    const store = scopedStore(s.db, await userOf(s, 'supX'));
    // The caller "forgets" every condition: no WHERE on units, reports or regions.
    const units = await store.query<{ id: number }>('SELECT id FROM my_units ORDER BY id');
    const reports = await store.query<{ unit_id: number }>('SELECT unit_id FROM my_reports WHERE year = $1', [
      YEAR,
    ]);
    const regions = await store.query<{ id: number }>('SELECT id FROM my_regions');
    expect(units.map((u) => u.id)).toEqual([s.world.unitA, s.world.unitB].sort((a, b) => a - b));
    expect(reports.map((r) => r.unit_id)).toEqual([s.world.unitA]);
    expect(regions.map((g) => g.id)).toEqual([s.world.countyX]);
    // The other county's report exists, and is not there for this supervisor.
    expect(await store.report(s.world.unitC, YEAR)).toBeUndefined();
    expect(await store.report(s.world.unitC, YEAR, true)).toBeUndefined();
    expect(await store.unit(s.world.unitC)).toBeUndefined();
    expect((await scopedStore(s.db, await userOf(s, 'supY')).report(s.world.unitC, YEAR))?.unitId).toBe(
      s.world.unitC,
    );
  });

  it('a query that names the tables themselves is refused', async () => {
    const s = server();
    const store = scopedStore(s.db, await userOf(s, 'supX'));
    for (const sql of ['SELECT id FROM units', 'SELECT 1 FROM my_units u JOIN reports r ON true']) {
      await expect(store.query(sql)).rejects.toThrow('my_units');
    }
  });

  it('a clerk sees their unit and its region; an administrator sees no unit or report', async () => {
    const s = server();
    const clerk = scopedStore(s.db, await userOf(s, 'clerkB'));
    expect((await clerk.query<{ id: number }>('SELECT id FROM my_units')).map((u) => u.id)).toEqual([
      s.world.unitB,
    ]);
    expect((await clerk.query<{ id: number }>('SELECT id FROM my_regions')).map((g) => g.id)).toEqual([
      s.world.countyX,
    ]);
    const admin = scopedStore(s.db, await userOf(s, 'admin'));
    expect(await admin.query('SELECT id FROM my_units')).toEqual([]);
    expect(await admin.query('SELECT unit_id FROM my_reports')).toEqual([]);
    expect(await admin.query('SELECT id FROM my_regions')).toEqual([]);
  });
});
