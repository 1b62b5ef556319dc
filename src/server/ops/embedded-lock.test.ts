import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../test/server-process';
import { fakeDist, freeLoopbackPort, spawnServer } from '../test/server-process';

describe('one process per embedded database (DATA_DIR)', { timeout: 180_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'report-data-'));
  const dist = fakeDist();
  const started: ServerProcess[] = [];
  const start = async (args: string[] = []) => {
    const port = await freeLoopbackPort();
    const s = spawnServer(args, { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DIST_DIR: dist });
    started.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of started) {
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
      await s.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an admin command or a second server beside a running server refuses at once in Chinese; after a stop or a kill -9 the next one opens it', async () => {
    const server = await start();
    await server.waitFor('服务器已启动');
    const admin = await start(['admin', 'list']);
    expect(await admin.exited).toBe(1);
    expect(admin.err()).toContain('正被另一个进程');
    expect(admin.err()).toContain('停止');
    const second = await start();
    expect(await second.exited).toBe(1);
    expect(second.err()).toContain('正被另一个进程');
    expect(server.child.exitCode).toBe(null);
    // kill -9 leaves the lock behind; the next process sees its owner is gone and takes it.
    server.child.kill('SIGKILL');
    await server.exited;
    const after = await start(['admin', 'list']);
    expect(await after.exited).toBe(0);
  });
});
