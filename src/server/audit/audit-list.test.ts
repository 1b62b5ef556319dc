import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../test/harness';

interface Listed {
  events: { id: string; login: string | null; action: string }[];
}

describeOnBothDatabases('the administrator’s audit log', (server) => {
  it('shows the newest first past 1,000 events, pages back, and filters by user and action', async () => {
    const s = server();
    await s.ownerDb.query(
      `INSERT INTO events (at, login, action, result)
       SELECT $1::timestamptz + n * interval '1 second', 'bulk' || (n % 3), 'save', 'ok'
         FROM generate_series(1, 1050) AS n`,
      [s.clock.now()],
    );
    const admin = await s.as('admin');
    const first = (await (await admin.get('/api/admin/events')).json()) as Listed;
    const ids = first.events.map((e) => Number(e.id));
    const [max] = await s.ownerDb.query<{ max: string }>('SELECT max(id)::text AS max FROM events');
    expect(ids[0]).toBe(Number(max?.max));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(200);
    const next = (await (await admin.get(`/api/admin/events?before=${ids[199]}`)).json()) as Listed;
    expect(Number(next.events[0]?.id)).toBe((ids[199] ?? 0) - 1);
    const bulk1 = (await (await admin.get('/api/admin/events?user=bulk1&action=save')).json()) as Listed;
    expect(bulk1.events).toHaveLength(200);
    expect(new Set(bulk1.events.map((e) => `${e.login} ${e.action}`))).toEqual(new Set(['bulk1 save']));
  });
});
