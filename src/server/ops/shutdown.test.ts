import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../test/server-process';
import { fakeDist, freeLoopbackPort, spawnServer } from '../test/server-process';

describe('a server process on the embedded database', { timeout: 120_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'report-data-'));
  const started: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of started) {
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
      await s.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs one JSON line per request, answers /healthz, and on SIGTERM finishes the request in flight and exits 0', async () => {
    const port = await freeLoopbackPort();
    const base = `http://127.0.0.1:${port}`;
    const s = spawnServer([], {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DIST_DIR: fakeDist(),
    });
    started.push(s);
    await s.waitFor('服务器已启动');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const requestId = health.headers.get('x-request-id') ?? '';
    expect(requestId).toMatch(/^[0-9a-f]{12}$/);
    await s.waitFor(`"requestId":"${requestId}"`);
    const line = s
      .out()
      .split('\n')
      .find((l) => l.includes(requestId));
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      requestId,
      user: null,
      method: 'GET',
      path: '/healthz',
      status: 200,
    });
    // A sign-in whose body is still arriving when SIGTERM comes: it must still get its answer.
    const body = JSON.stringify({ login: 'nobody', password: 'not-the-password' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/api/session`,
        {
          method: 'POST',
          headers: {
            origin: base,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      req.on('socket', (socket) =>
        socket.on('connect', () => {
          // A round trip on another connection: the server has taken this one in by then.
          void fetch(`${base}/healthz`).then(() => {
            s.child.kill('SIGTERM');
            void s.waitFor('正在停止').then(() => req.end(body.slice(10)));
          });
        }),
      );
    });
    expect(await answer).toBe(401);
    expect(await s.exited).toBe(0);
    expect(s.out()).toContain('服务器已停止');
  });
});
