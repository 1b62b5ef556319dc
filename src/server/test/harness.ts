import { afterAll, beforeAll, describe } from 'vitest';
import { createRegion, createUnit, createUser } from '../accounts/accounts';
import type { Role } from '../accounts/roles';
import { RateLimiter } from '../auth/rate-limit';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPgDatabase } from '../db/pg-database';
import { openPgliteDatabase } from '../db/pglite-database';
import { createApp } from '../http/create-app';
import type { PgCluster } from './pg-cluster';
import { createTestDatabase, startCluster } from './pg-cluster';

export const ORIGIN = 'http://report.test';
export const PASSWORD = 'correct-horse-battery';

/** A settable clock: tests move it to expire sessions and lockouts. */
export class TestClock {
  private t = Date.parse('2026-01-15T02:00:00Z');
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

/** The accounts every API test uses: a province → city → two counties, three units. */
export interface World {
  readonly unitA: number;
  readonly unitB: number;
  /** A unit of the other county. */
  readonly unitC: number;
  readonly countyX: number;
  readonly countyY: number;
  readonly city: number;
}

export interface TestServer {
  readonly db: Database;
  /** The owner's connection (real PostgreSQL) or the same database (PGlite). */
  readonly ownerDb: Database;
  readonly clock: TestClock;
  readonly world: World;
  /** A request as a browser on this site would send it (Origin set). */
  request(path: string, init?: RequestInit & { cookie?: string; address?: string }): Promise<Response>;
  signIn(login: string, password?: string): Promise<Client>;
  /** A signed-in client for `login`, signed in once per server (argon2 is slow on purpose). */
  as(login: string): Promise<Client>;
}

export interface Client {
  readonly cookie: string;
  get(path: string): Promise<Response>;
  send(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Response>;
}

async function seed(db: Database, now: Date): Promise<World> {
  const province = await createRegion(db, { name: '测试省', level: 'province' });
  const city = await createRegion(db, { name: '测试市', level: 'city', parentId: province.id });
  const x = await createRegion(db, { name: '甲县', level: 'county', parentId: city.id });
  const y = await createRegion(db, { name: '乙县', level: 'county', parentId: city.id });
  const a = await createUnit(db, { name: '甲县教育局', regionId: x.id });
  const b = await createUnit(db, { name: '甲县民政局', regionId: x.id });
  const c = await createUnit(db, { name: '乙县教育局', regionId: y.id });
  const users: [string, Role, { unitId?: number; regionId?: number }][] = [
    ['clerkA', 'clerk', { unitId: a.id }],
    ['clerkA2', 'clerk', { unitId: a.id }],
    ['clerkB', 'clerk', { unitId: b.id }],
    ['clerkC', 'clerk', { unitId: c.id }],
    ['supX', 'supervisor', { regionId: x.id }],
    ['supY', 'supervisor', { regionId: y.id }],
    ['supCity', 'supervisor', { regionId: city.id }],
    ['admin', 'admin', {}],
    ['lockme', 'clerk', { unitId: c.id }],
    ['lockalike', 'clerk', { unitId: c.id }],
    ['lockrace', 'clerk', { unitId: c.id }],
    ['expireme', 'clerk', { unitId: c.id }],
  ];
  for (const [login, role, scope] of users) {
    await createUser(db, { login, displayName: `${login}姓名`, password: PASSWORD, role, ...scope }, now);
  }
  return { unitA: a.id, unitB: b.id, unitC: c.id, countyX: x.id, countyY: y.id, city: city.id };
}

function makeServer(db: Database, ownerDb: Database, world: World, clock: TestClock): TestServer {
  const app = createApp({
    db,
    now: clock.now,
    loginLimiter: new RateLimiter(20),
    secureCookies: false,
    allowedOrigins: [],
    trustProxy: 0,
  });
  // Each request from its own address unless told, so only a test that means to hits the rate limit.
  let requests = 0;
  const request: TestServer['request'] = (path, init = {}) => {
    requests++;
    const headers = new Headers(init.headers);
    if (!headers.has('origin')) headers.set('origin', ORIGIN);
    headers.set('host', new URL(ORIGIN).host);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.body !== undefined && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    const env = {
      incoming: {
        socket: {
          remoteAddress: init.address ?? `10.0.${requests >> 8}.${requests & 255}`,
          remotePort: 1,
          remoteFamily: 'IPv4',
        },
      },
    };
    return Promise.resolve(app.request(`${ORIGIN}${path}`, { ...init, headers }, env));
  };
  const signIn = async (login: string, password = PASSWORD): Promise<Client> => {
    const res = await request('/api/session', { method: 'POST', body: JSON.stringify({ login, password }) });
    if (res.status !== 200) throw new Error(`sign-in of ${login} gave ${res.status}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return {
      cookie,
      get: (path) => request(path, { cookie }),
      send: (method, path, body) =>
        request(path, { method, cookie, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    };
  };
  const clients = new Map<string, Promise<Client>>();
  const as = (login: string) => {
    let client = clients.get(login);
    if (!client) clients.set(login, (client = signIn(login)));
    return client;
  };
  return { db, ownerDb, clock, world, request, signIn, as };
}

export type BackendName = 'PGlite' | 'PostgreSQL';

/** One fresh, migrated, seeded server on the backend: in-memory PGlite, or a new database in `cluster`. */
async function openBackend(name: BackendName, cluster: () => PgCluster): Promise<TestServer> {
  const clock = new TestClock();
  if (name === 'PGlite') {
    const db = await openPgliteDatabase(undefined);
    await migrate(db);
    return makeServer(db, db, await seed(db, clock.now()), clock);
  }
  const dbName = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const urls = await createTestDatabase(cluster(), dbName);
  const ownerDb = openPgDatabase(urls.ownerUrl, 2);
  await migrate(ownerDb, `${dbName}_app`);
  const db = openPgDatabase(urls.appUrl, 5);
  return makeServer(db, ownerDb, await seed(db, clock.now()), clock);
}

/**
 * Runs the same tests on PGlite and on a throwaway PostgreSQL cluster, one seeded server per
 * database (tests keep apart by using their own year or account).
 */
export function describeOnBothDatabases(title: string, body: (server: () => TestServer) => void): void {
  for (const backend of ['PGlite', 'PostgreSQL'] as const) {
    // Sign-ins run argon2id on purpose (about 0.1–0.3 s each): a generous per-test timeout.
    describe(`${title} (${backend})`, { timeout: 30_000 }, () => {
      let cluster: PgCluster | undefined;
      let server: TestServer | undefined;
      beforeAll(async () => {
        if (backend === 'PostgreSQL') cluster = await startCluster();
        server = await openBackend(backend, () => {
          if (!cluster) throw new Error('cluster not started');
          return cluster;
        });
      }, 120_000);
      afterAll(async () => {
        await server?.db.close();
        if (server && server.ownerDb !== server.db) await server.ownerDb.close();
        await cluster?.stop();
      }, 60_000);
      body(() => {
        if (!server) throw new Error('server not opened');
        return server;
      });
    });
  }
}
