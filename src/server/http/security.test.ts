import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../auth/rate-limit';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { createApp } from './create-app';
import { audit } from '../audit/audit-log';
import { createSetupToken } from '../auth/setup-token';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { describeOnBothDatabases, PASSWORD } from '../test/harness';

describeOnBothDatabases('security controls', (server) => {
  it('5 wrong passwords lock the account for 15 minutes, even for the right password', async () => {
    const s = server();
    const attempt = (password: string) =>
      s.request('/api/session', { method: 'POST', body: JSON.stringify({ login: 'lockme', password }) });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password-1')).status).toBe(401);
    expect((await attempt(PASSWORD)).status).toBe(401);
    s.clock.advance(15 * 60 * 1000 + 1000);
    expect((await attempt(PASSWORD)).status).toBe(200);
    const events = await s.ownerDb.query<{ result: string }>(
      "SELECT result FROM events WHERE login = 'lockme' AND action = 'login-failed' ORDER BY id",
    );
    expect(events.map((e) => e.result)).toContain('locked now');
    expect(events.map((e) => e.result)).toContain('locked');
  });

  it('a locked account and an unknown login get the same answer at sign-in', async () => {
    const s = server();
    const attempt = (login: string, password: string) =>
      s.request('/api/session', { method: 'POST', body: JSON.stringify({ login, password }) });
    for (let i = 0; i < 5; i++) await attempt('lockalike', 'wrong-password-1');
    const locked = await attempt('lockalike', PASSWORD);
    const unknown = await attempt('nobody-here', PASSWORD);
    const wrong = await attempt('clerkB', 'wrong-password-1');
    expect([locked.status, unknown.status, wrong.status]).toEqual([401, 401, 401]);
    const [a, b, c] = await Promise.all([locked.text(), unknown.text(), wrong.text()]);
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(a).toContain('登录名或密码不正确');
  });

  it('10 wrong passwords sent at once lock the account, and the right one is then refused', async () => {
    const s = server();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () =>
        s.request('/api/session', {
          method: 'POST',
          body: JSON.stringify({ login: 'lockrace', password: 'wrong-password-1' }),
        }),
      ),
    ).then((all) => all.map((r) => r.status));
    expect(statuses).toEqual(Array.from({ length: 10 }, () => 401));
    const [row] = await s.ownerDb.query<{ locked: boolean }>(
      "SELECT locked_until > $1 AS locked FROM users WHERE login = 'lockrace'",
      [s.clock.now()],
    );
    expect(row?.locked).toBe(true);
    const right = await s.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ login: 'lockrace', password: PASSWORD }),
    });
    expect(right.status).toBe(401);
  });

  it('an expired session gets 401: idle for 31 minutes', async () => {
    const s = server();
    const clerk = await s.signIn('expireme');
    expect((await clerk.get('/api/me')).status).toBe(200);
    s.clock.advance(29 * 60 * 1000);
    expect((await clerk.get('/api/me')).status).toBe(200);
    s.clock.advance(31 * 60 * 1000);
    expect((await clerk.get('/api/me')).status).toBe(401);
  });

  it('a session ends 12 hours after sign-in however busy it is', async () => {
    const s = server();
    const clerk = await s.signIn('expireme');
    for (let i = 0; i < 25; i++) {
      s.clock.advance(29 * 60 * 1000);
      if (i < 24) expect((await clerk.get('/api/me')).status).toBe(200);
    }
    expect((await clerk.get('/api/me')).status).toBe(401);
  });

  it('an unsafe request with a foreign Origin gets 403 (and one with none)', async () => {
    const s = server();
    const clerk = await s.signIn('clerkA');
    const body = JSON.stringify({ baseRevision: 0, document: sampleDraft() });
    const foreign = await s.request(`/api/reports/${s.world.unitA}/2025`, {
      method: 'PUT',
      cookie: clerk.cookie,
      body,
      headers: { origin: 'http://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const login = await s.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ login: 'clerkA', password: PASSWORD }),
      headers: { origin: 'http://evil.example' },
    });
    expect(login.status).toBe(403);
  });

  it('a JSON body sent as text/plain (a form from another site can send one) is refused at sign-in', async () => {
    const s = server();
    const res = await s.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ login: 'clerkB', password: PASSWORD }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: string }).error).toContain('application/json');
  });

  it('a 3 MB body gets 413', async () => {
    const s = server();
    const clerk = await s.signIn('clerkA');
    const big = { ...sampleDraft(), problems: { problems: 'x'.repeat(3 * 1024 * 1024), improvements: '' } };
    const res = await clerk.send('PUT', `/api/reports/${s.world.unitA}/2025`, {
      baseRevision: 0,
      document: big,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain('太大');
  });

  it('the application’s role cannot update or delete the audit log', async () => {
    const s = server();
    await audit(s.db, { at: s.clock.now(), action: 'login', login: 'probe', result: 'ok' });
    await expect(s.db.query("UPDATE events SET result = 'changed' WHERE login = 'probe'")).rejects.toThrow();
    await expect(s.db.query("DELETE FROM events WHERE login = 'probe'")).rejects.toThrow();
    await expect(s.db.query('TRUNCATE events')).rejects.toThrow();
    const rows = await s.db.query<{ result: string }>("SELECT result FROM events WHERE login = 'probe'");
    expect(rows).toEqual([{ result: 'ok' }]);
    if (s.db.kind === 'postgres') {
      // On PostgreSQL the role itself lacks the right, besides the trigger every connection meets.
      const [grant] = await s.db.query<{ update: boolean; delete: boolean; insert: boolean }>(
        `SELECT has_table_privilege(current_user, 'events', 'UPDATE') AS update,
                has_table_privilege(current_user, 'events', 'DELETE') AS delete,
                has_table_privilege(current_user, 'events', 'INSERT') AS insert`,
      );
      expect(grant).toEqual({ update: false, delete: false, insert: true });
    }
  });

  it('responses carry a strict CSP, nosniff, no framing and a referrer policy', async () => {
    const s = server();
    const res = await s.request('/api/me');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('the session cookie is HttpOnly and SameSite=Strict, and signing out ends the session', async () => {
    const s = server();
    const res = await s.request('/api/session', {
      method: 'POST',
      body: JSON.stringify({ login: 'clerkB', password: PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const sid = cookie.split(';')[0] ?? '';
    expect((await s.request('/api/me', { cookie: sid })).status).toBe(200);
    expect((await s.request('/api/session', { method: 'DELETE', cookie: sid })).status).toBe(200);
    expect((await s.request('/api/me', { cookie: sid })).status).toBe(401);
  });

  it('the database keeps only a hash of the session id', async () => {
    const s = server();
    const clerk = await s.signIn('clerkB');
    const token = clerk.cookie.split('=')[1] ?? '';
    const rows = await s.ownerDb.query('SELECT 1 FROM sessions WHERE id_hash = $1', [token]);
    expect(token.length).toBeGreaterThan(30);
    expect(rows).toHaveLength(0);
  });

  it('a password reset signs the user out everywhere', async () => {
    const s = server();
    const clerk = await s.signIn('clerkB');
    const admin = await s.signIn('admin');
    const reset = await admin.send('POST', '/api/admin/password', {
      login: 'clerkB',
      password: 'a-new-long-secret',
    });
    expect(reset.status).toBe(200);
    expect((await clerk.get('/api/me')).status).toBe(401);
    expect((await s.signIn('clerkB', 'a-new-long-secret')).cookie).not.toBe('');
    await admin.send('POST', '/api/admin/password', { login: 'clerkB', password: PASSWORD });
  });

  it('a short or common password is refused', async () => {
    const s = server();
    const admin = await s.signIn('admin');
    const short = await admin.send('POST', '/api/admin/password', { login: 'clerkB', password: 'short' });
    expect(short.status).toBe(400);
    const common = await admin.send('POST', '/api/admin/password', {
      login: 'clerkB',
      password: '1234567890',
    });
    expect(((await common.json()) as { error: string }).error).toContain('常见');
  });

  it('sign-ins from one address beyond the limit get 429', async () => {
    const s = server();
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await s.request('/api/session', {
        method: 'POST',
        body: JSON.stringify({ login: 'nobody', password: 'x' }),
        address: '198.51.100.7',
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((st) => st === 401)).toBe(true);
    expect(statuses.slice(20).every((st) => st === 429)).toBe(true);
  });

  it('the setup link creates the first administrator only once and only when there are no users', async () => {
    const s = server();
    const token = await createSetupToken(s.db, s.clock.now());
    const res = await s.request('/api/setup', {
      method: 'POST',
      body: JSON.stringify({ token, login: 'root2', displayName: '第二个', password: 'another-long-secret' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('the Origin check with PUBLIC_ORIGIN set', { timeout: 30_000 }, () => {
  it('compares with PUBLIC_ORIGIN, not with the request’s own Host', async () => {
    const db = await openPgliteDatabase(undefined);
    await migrate(db);
    const app = createApp({
      db,
      now: () => new Date(),
      loginLimiter: new RateLimiter(),
      secureCookies: false,
      allowedOrigins: ['https://report.example.gov.cn'],
      trustProxy: 0,
    });
    const post = (host: string, origin: string) =>
      app.request(`http://${host}/api/session`, {
        method: 'POST',
        headers: { host, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'nobody', password: 'nothing-at-all' }),
      });
    expect((await post('evil.example', 'http://evil.example')).status).toBe(403);
    expect((await post('report.example.gov.cn', 'https://report.example.gov.cn')).status).toBe(401);
    await db.close();
  });
});

describe('the client address behind a trusted proxy', { timeout: 30_000 }, () => {
  it('a forged X-Forwarded-For does not change the recorded address: the hop the proxy added counts', async () => {
    const db = await openPgliteDatabase(undefined);
    await migrate(db);
    const app = createApp({
      db,
      now: () => new Date(),
      loginLimiter: new RateLimiter(),
      secureCookies: false,
      allowedOrigins: [],
      trustProxy: 1,
    });
    const res = await app.request('http://report.test/api/session', {
      method: 'POST',
      headers: {
        host: 'report.test',
        origin: 'http://report.test',
        'content-type': 'application/json',
        // The client wrote the first entry; the proxy appended the address it saw.
        'x-forwarded-for': '198.51.100.66, 203.0.113.7',
      },
      body: JSON.stringify({ login: 'forger', password: 'nothing-at-all' }),
    });
    expect(res.status).toBe(401);
    const rows = await db.query<{ client_address: string }>(
      "SELECT client_address FROM events WHERE login = 'forger'",
    );
    expect(rows).toEqual([{ client_address: '203.0.113.7' }]);
    await db.close();
  });
});

describe('the per-address sign-in limit', { timeout: 60_000 }, () => {
  it('is counted in the database, so two processes on one database share it', async () => {
    const db = await openPgliteDatabase(undefined);
    await migrate(db);
    const process = () =>
      createApp({
        db,
        now: () => new Date('2026-01-15T02:00:10Z'),
        loginLimiter: new RateLimiter(10),
        secureCookies: false,
        allowedOrigins: [],
        trustProxy: 1,
      });
    const [one, two] = [process(), process()];
    const attempt = (app: ReturnType<typeof createApp>) =>
      app.request('http://report.test/api/session', {
        method: 'POST',
        headers: {
          host: 'report.test',
          origin: 'http://report.test',
          'content-type': 'application/json',
          'x-forwarded-for': '203.0.113.9',
        },
        body: JSON.stringify({ login: 'nobody', password: 'nothing-at-all' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await attempt(one)).status, (await attempt(two)).status);
    }
    // 10 attempts a minute from the address in all: the 11th and 12th are refused, whichever process.
    expect(statuses).toEqual([...Array.from({ length: 10 }, () => 401), 429, 429]);
    await db.close();
  });
});
