import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDraft } from '../../report/fixtures/sample-draft';
import { setPath } from '../../report/paths';
import type { Draft } from '../../report/schema';
import { createRegion, createUnit, createUser } from '../accounts/accounts';
import { migrate } from '../db/migrate';
import { openPgDatabase } from '../db/pg-database';
import type { PgCluster } from '../test/pg-cluster';
import { createTestDatabase, startCluster } from '../test/pg-cluster';
import type { ServerProcess } from '../test/server-process';
import { fakeDist, freeLoopbackPort, spawnServer } from '../test/server-process';

const PASSWORD = 'correct-horse-battery';
const YEARS = [2021, 2022, 2023, 2024];

/** Resolves once `test()` holds, checked each time `tick` is called; rejects if `dead` settles first. */
function condition(
  test: () => boolean,
  dead: Promise<unknown> = new Promise(() => {}),
): { promise: Promise<void>; tick: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r, reject) => {
    resolve = r;
    void dead.then((code) => reject(new Error(`the server process exited (${String(code)})`)));
  });
  const tick = () => {
    if (test()) resolve();
  };
  return { promise, tick };
}

describe('the server while PostgreSQL goes away', { timeout: 240_000 }, () => {
  let cluster: PgCluster | undefined;
  let server: ServerProcess | undefined;
  let base = '';
  let cookie = '';
  let unitId = 0;

  beforeAll(async () => {
    cluster = await startCluster();
    const urls = await createTestDatabase(cluster, 'away');
    const owner = openPgDatabase(urls.ownerUrl, 1);
    await migrate(owner, 'away_app');
    const region = await createRegion(owner, { name: '测试县', level: 'county' });
    unitId = (await createUnit(owner, { name: '测试局', regionId: region.id })).id;
    await createUser(
      owner,
      { login: 'clerk', displayName: '填报人', password: PASSWORD, role: 'clerk', unitId },
      new Date(),
    );
    await owner.close();
    const port = await freeLoopbackPort();
    base = `http://127.0.0.1:${port}`;
    server = spawnServer([], {
      DATABASE_URL: urls.appUrl,
      MIGRATION_DATABASE_URL: urls.ownerUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: fakeDist(),
      DATABASE_POOL_SIZE: '4',
    });
    await server.waitFor('服务器已启动');
    const res = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { origin: base, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'clerk', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 180_000);

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await cluster?.stop();
  }, 60_000);

  const put = (year: number, baseRevision: number, document: Draft) =>
    fetch(`${base}/api/reports/${unitId}/${year}`, {
      method: 'PUT',
      headers: { origin: base, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ baseRevision, document }),
      // A request hanging on a dead connection counts as refused (status 0), not a hung test.
      signal: AbortSignal.timeout(10_000),
    });

  for (const mode of ['fast', 'immediate'] as const) {
    it(`a ${mode} stop mid-save: the process lives, answers 503 in Chinese, recovers, loses no acknowledged save`, async () => {
      const s = server;
      const c = cluster;
      if (!s || !c) throw new Error('not started');
      let stop = false;
      let phase: 'before' | 'away' | 'back' = 'before';
      const acked = new Map<number, { revision: number; marker: string }>();
      const counts = { before: 0, awayRefused: 0, back: 0 };
      const awayStatuses = new Set<number>();
      const cond = condition(() => false);
      let waitFor = cond;
      const writer = async (year: number) => {
        const [current] = await Promise.all([
          fetch(`${base}/api/reports/${unitId}/${year}`, { headers: { cookie } }),
        ]);
        let revision = current.status === 200 ? ((await current.json()) as { revision: number }).revision : 0;
        let n = 0;
        while (!stop) {
          n++;
          const marker = `${mode}-${year}-第${n}次`;
          const doc = setPath(setPath(sampleDraft(), 'meta.year', year), 'overview.proactive', marker);
          const res = await put(year, revision, doc).catch(() => undefined);
          if (res?.status === 200) {
            revision = ((await res.json()) as { revision: number }).revision;
            acked.set(year, { revision, marker });
            if (phase === 'before') counts.before++;
            if (phase === 'back') counts.back++;
          } else if (res?.status === 409) {
            // A save that was committed but whose answer was lost: go on from the server's revision.
            revision = ((await res.json()) as { revision: number }).revision;
          } else {
            if (phase === 'away') {
              counts.awayRefused++;
              awayStatuses.add(res?.status ?? 0);
            }
            await res?.text();
            // A client's pause before retrying, as the app's sync engine does.
            await new Promise((r) => setTimeout(r, 20));
          }
          waitFor.tick();
        }
      };
      const writers = YEARS.map(writer);
      try {
        waitFor = condition(() => counts.before >= 20, s.exited);
        await waitFor.promise;
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
        const errBefore = s.err().length;
        waitFor = condition(() => counts.awayRefused >= 8, s.exited);
        phase = 'away';
        await c.halt(mode);
        await waitFor.promise;
        expect(s.child.exitCode).toBe(null);
        expect([...awayStatuses]).toEqual([503]);
        const me = await fetch(`${base}/api/me`, {
          headers: { cookie },
          signal: AbortSignal.timeout(10_000),
        });
        expect(me.status).toBe(503);
        expect((await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(10_000) })).status).toBe(503);
        expect(((await me.json()) as { error: string }).error).toContain('数据库暂时无法使用');
        // One line per failure, no stack traces.
        const awayLog = s.err().slice(errBefore);
        expect(awayLog).not.toMatch(/^\s+at /m);
        expect(awayLog).toContain('数据库暂时无法使用');
        waitFor = condition(() => counts.back >= 8, s.exited);
        phase = 'back';
        await c.restart();
        await waitFor.promise;
      } finally {
        stop = true;
        await Promise.all(writers);
      }
      expect(s.child.exitCode).toBe(null);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      for (const year of YEARS) {
        const last = acked.get(year);
        const res = await fetch(`${base}/api/reports/${unitId}/${year}`, { headers: { cookie } });
        const body = (await res.json()) as { revision: number; document: Draft };
        expect(body.revision).toBe(last?.revision);
        expect(body.document.overview.proactive).toBe(last?.marker);
      }
    });
  }
});
