import { expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import { PASSWORD, describeOnBothDatabases } from '../test/harness';
import type { TestServer } from '../test/harness';

const NEW_PASSWORD = 'a-fresh-river-stone';

async function eventsOf(s: TestServer, action: string) {
  return s.ownerDb.query<{
    login: string;
    at: Date;
    object: string;
    result: string;
    revision: number | null;
    sha256: string | null;
    detail: string | null;
  }>('SELECT login, at, object, result, revision, sha256, detail FROM events WHERE action = $1 ORDER BY id', [
    action,
  ]);
}

describeOnBothDatabases('exports and imports in the audit log', (server) => {
  it('an export is recorded for the signed-in user at the server’s time, with the stored revision and hash', async () => {
    const s = server();
    const clerk = await s.as('clerkA');
    const put = await clerk.send('PUT', `/api/reports/${s.world.unitA}/2019`, {
      baseRevision: 0,
      document: setPath(sampleDraft(), 'meta.year', 2019),
    });
    expect(put.status).toBe(200);
    const res = await clerk.send('POST', `/api/reports/${s.world.unitA}/2019/exported`, {
      format: 'docx',
      draftCopy: true,
      // What a client might try to decide: ignored.
      login: 'supX',
      at: '2001-01-01T00:00:00Z',
    });
    expect(res.status).toBe(201);
    const [stored] = await s.ownerDb.query<{ sha256: string }>(
      'SELECT sha256 FROM reports WHERE unit_id = $1 AND year = 2019',
      [s.world.unitA],
    );
    const events = await eventsOf(s, 'export');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      login: 'clerkA',
      object: `report:${s.world.unitA}/2019`,
      result: 'ok',
      revision: 1,
      sha256: stored?.sha256,
      detail: 'Word（草稿副本）',
    });
    expect(events[0]?.at.getTime()).toBe(s.clock.now().getTime());
  });

  it('an export or import of a report outside the user’s scope is 404 and not recorded', async () => {
    const s = server();
    const before = (await eventsOf(s, 'export')).length + (await eventsOf(s, 'import')).length;
    const clerkB = await s.as('clerkB');
    const exported = await clerkB.send('POST', `/api/reports/${s.world.unitA}/2019/exported`, {
      format: 'print',
      draftCopy: false,
    });
    const imported = await clerkB.send('POST', `/api/reports/${s.world.unitA}/2019/imported`, {
      source: 'published',
    });
    const supY = await s.as('supY');
    const fromOtherCounty = await supY.send('POST', `/api/reports/${s.world.unitA}/2019/exported`, {
      format: 'html',
      draftCopy: false,
    });
    expect([exported.status, imported.status, fromOtherCounty.status]).toEqual([404, 404, 404]);
    const after = (await eventsOf(s, 'export')).length + (await eventsOf(s, 'import')).length;
    expect(after).toBe(before);
  });

  it('a supervisor’s export and a clerk’s import are recorded with what was read', async () => {
    const s = server();
    const supX = await s.as('supX');
    expect(
      (
        await supX.send('POST', `/api/reports/${s.world.unitA}/2019/exported`, {
          format: 'print',
          draftCopy: false,
        })
      ).status,
    ).toBe(201);
    const clerk = await s.as('clerkA');
    const res = await clerk.send('POST', `/api/reports/${s.world.unitA}/2019/imported`, {
      source: 'published',
      fileName: '甲县教育局2019年报告.html',
    });
    expect(res.status).toBe(201);
    expect((await eventsOf(s, 'export')).at(-1)).toMatchObject({ login: 'supX', detail: '打印' });
    expect((await eventsOf(s, 'import')).at(-1)).toMatchObject({
      login: 'clerkA',
      detail: '已发布的报告：甲县教育局2019年报告.html',
    });
  });

  it('signed out, nothing is recorded (401)', async () => {
    const s = server();
    const res = await s.request(`/api/reports/${s.world.unitA}/2019/exported`, {
      method: 'POST',
      body: JSON.stringify({ format: 'txt', draftCopy: false }),
    });
    expect(res.status).toBe(401);
  });

  it('signed out, a bad body is still refused for the session first (401, not 400)', async () => {
    const s = server();
    const res = await s.request(`/api/reports/${s.world.unitA}/2019/exported`, {
      method: 'POST',
      body: JSON.stringify({ format: 'not-a-format' }),
    });
    expect(res.status).toBe(401);
  });
});

describeOnBothDatabases('changing one’s own password', (server) => {
  it('needs the current password; a wrong one is refused, logged and counted', async () => {
    const s = server();
    const clerk = await s.signIn('clerkB');
    const res = await clerk.send('POST', '/api/me/password', {
      currentPassword: 'not-the-password',
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: string }).error).toBe('当前密码不正确。');
    const [row] = await s.ownerDb.query<{ failed_logins: number }>(
      "SELECT failed_logins FROM users WHERE login = 'clerkB'",
    );
    expect(row?.failed_logins).toBe(1);
    expect((await eventsOf(s, 'change-password')).at(-1)).toMatchObject({
      login: 'clerkB',
      result: 'wrong password',
    });
    // The old password still works.
    await s.signIn('clerkB');
  });

  it('follows the server’s password rules', async () => {
    const s = server();
    const clerk = await s.signIn('clerkB');
    const answers: string[] = [];
    for (const newPassword of ['short', '1234567890', 'clerkB-2026-river', PASSWORD]) {
      const res = await clerk.send('POST', '/api/me/password', { currentPassword: PASSWORD, newPassword });
      expect(res.status).toBe(400);
      answers.push(((await res.json()) as { error: string }).error);
    }
    expect(answers).toEqual([
      '密码至少要有 10 个字符。',
      '这个密码太常见，很容易被猜中，请换一个。',
      '密码不能包含登录名。',
      '新密码不能与当前密码相同。',
    ]);
  });

  it('ends every other session, keeps this one, and is logged', async () => {
    const s = server();
    const here = await s.signIn('clerkA2');
    const elsewhere = await s.signIn('clerkA2');
    const res = await here.send('POST', '/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
    await expect(s.signIn('clerkA2')).rejects.toThrow('401');
    await s.signIn('clerkA2', NEW_PASSWORD);
    const [event] = (await eventsOf(s, 'change-password')).filter((e) => e.login === 'clerkA2');
    expect(event).toMatchObject({ object: 'user:clerkA2', result: 'ok' });
    expect(event?.at.getTime()).toBe(s.clock.now().getTime());
  });

  it('five wrong current passwords lock the account and sign it out everywhere', async () => {
    const s = server();
    const clerk = await s.signIn('lockme');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await clerk.send('POST', '/api/me/password', {
        currentPassword: `wrong-${i}`,
        newPassword: NEW_PASSWORD,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 423]);
    expect((await clerk.get('/api/me')).status).toBe(401);
    await expect(s.signIn('lockme')).rejects.toThrow('401');
  });

  it('from one address, tries beyond the sign-in limit get 429', async () => {
    const s = server();
    const clerk = await s.signIn('clerkC');
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await s.request('/api/me/password', {
        method: 'POST',
        cookie: clerk.cookie,
        address: '203.0.113.9',
        // Invalid bodies: the limit is counted before the password is looked at.
        body: JSON.stringify({}),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((st) => st === 400)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describeOnBothDatabases('client-written audit events', (server) => {
  it('a clerk cannot flood the audit log with exports and imports: past 20 a minute they get 429', async () => {
    const s = server();
    const clerk = await s.as('clerkB');
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await clerk.send('POST', `/api/reports/${s.world.unitB}/2018/exported`, {
        format: 'txt',
        draftCopy: false,
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array.from({ length: 20 }, () => 201), 429, 429, 429, 429, 429]);
    const [count] = await s.ownerDb.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM events WHERE login = 'clerkB' AND action = 'export'",
    );
    expect(count?.n).toBe(20);
    // A minute later they are recorded again.
    s.clock.advance(61_000);
    const later = await clerk.send('POST', `/api/reports/${s.world.unitB}/2018/imported`, {
      source: 'published',
    });
    expect(later.status).toBe(201);
  });
});
