import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { describeOnBothDatabases } from '../test/harness';
import type { Client } from '../test/harness';

interface Changes {
  now: string;
  changes: { unitId: number; revision: number; status: string }[];
  more: boolean;
}
const changes = async (client: Client, year: number, since?: string) => {
  const res = await client.get(`/api/changes?year=${year}${since ? `&since=${since}` : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Changes;
};

describeOnBothDatabases('what changed since (the pages that follow the other side)', (server) => {
  it('lists the reports of the year written since the time asked, each within the asker’s scope only', async () => {
    const s = server();
    const year = 2031;
    const clerkA = await s.as('clerkA');
    const before = s.clock.now().toISOString();
    const path = `/api/reports/${s.world.unitA}/${year}`;
    const doc = setPath(sampleDraft(), 'meta.year', year);
    expect((await clerkA.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
    expect((await clerkA.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);

    const mine = await changes(clerkA, year, before);
    expect(mine.changes).toEqual([{ unitId: s.world.unitA, revision: 2, status: 'submitted' }]);
    expect(mine.more).toBe(false);
    expect((await changes(await s.as('supX'), year, before)).changes).toEqual(mine.changes);
    expect((await changes(await s.as('supCity'), year, before)).changes).toEqual(mine.changes);
    // Another unit's clerk, the other county's supervisor and the administrator see none of it.
    expect((await changes(await s.as('clerkB'), year, before)).changes).toEqual([]);
    expect((await changes(await s.as('supY'), year, before)).changes).toEqual([]);
    expect((await changes(await s.as('admin'), year, before)).changes).toEqual([]);
    // Another year's list is another list.
    expect((await changes(clerkA, year + 1, before)).changes).toEqual([]);

    // Within the margin, the same change is answered again (the client compares revisions); a
    // minute after the write, asked as of then, nothing is new.
    expect((await changes(clerkA, year, mine.now)).changes).toEqual(mine.changes);
    s.clock.advance(60_000);
    const later = await changes(clerkA, year);
    expect(later.changes).toEqual([]);
    expect(later.now).toBe(s.clock.now().toISOString());
    // The supervisor's return is a change again, with its new revision and status.
    const sup = await s.as('supX');
    expect((await sup.send('POST', `${path}/return`, { revision: 2, comment: '请修改' })).status).toBe(200);
    expect((await changes(clerkA, year, later.now)).changes).toEqual([
      { unitId: s.world.unitA, revision: 3, status: 'returned' },
    ]);
  });

  it('refuses a year or time it cannot read, and a request without a session', async () => {
    const s = server();
    const clerkA = await s.as('clerkA');
    expect((await clerkA.get('/api/changes?year=abc')).status).toBe(400);
    expect((await clerkA.get('/api/changes?year=2031&since=yesterday')).status).toBe(400);
    expect((await s.request('/api/changes?year=2031')).status).toBe(401);
    expect((await s.request(`/api/reports/${s.world.unitA}/2031/revision`)).status).toBe(401);
  });

  it('one report’s revision: 304 while unchanged (ETag), the new revision after a write, 404 outside the scope', async () => {
    const s = server();
    const year = 2032;
    const clerkA = await s.as('clerkA');
    const path = `/api/reports/${s.world.unitA}/${year}`;
    const none = await clerkA.get(`${path}/revision`);
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ revision: 0, status: null });

    const doc = setPath(sampleDraft(), 'meta.year', year);
    expect((await clerkA.send('PUT', path, { baseRevision: 0, document: doc })).status).toBe(200);
    const sup = await s.as('supX');
    const first = await sup.get(`${path}/revision`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ revision: 1, status: 'draft' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toBe('"r1"');
    const same = await s.request(`${path}/revision`, {
      cookie: sup.cookie,
      headers: { 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');

    expect((await clerkA.send('POST', `${path}/submit`, { revision: 1 })).status).toBe(200);
    const after = await s.request(`${path}/revision`, {
      cookie: sup.cookie,
      headers: { 'if-none-match': etag },
    });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ revision: 2, status: 'submitted' });

    expect((await (await s.as('supY')).get(`${path}/revision`)).status).toBe(404);
    expect((await (await s.as('clerkB')).get(`${path}/revision`)).status).toBe(404);
    expect((await (await s.as('admin')).get(`${path}/revision`)).status).toBe(404);
  });

  it('a poll does not keep a session alive: an open page left alone still times out', async () => {
    const s = server();
    const clerk = await s.signIn('clerkA2');
    const poll = `/api/reports/${s.world.unitA}/2033/revision`;
    s.clock.advance(20 * 60_000);
    expect((await clerk.get(poll)).status).toBe(200);
    expect((await clerk.get('/api/changes?year=2033')).status).toBe(200);
    s.clock.advance(15 * 60_000);
    // 35 minutes after the last request that was not a poll.
    expect((await clerk.get(poll)).status).toBe(401);
    expect((await clerk.get('/api/me')).status).toBe(401);
  });
});
