import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Refused: another live process has the embedded database open. */
export class DataDirBusy extends Error {}

/** The process `pid` is running (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `dataDir`'s lock file (created exclusively, holding this process's pid), so only one
 * process ever opens an embedded database: two would each keep their own copy in memory and
 * overwrite each other's writes. A lock whose process is gone (kill -9, a crash) is taken over.
 * Returns the release, to call after closing the database.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'report-server.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let owner: number;
    try {
      owner = Number(readFileSync(file, 'utf8').trim());
    } catch {
      // Removed meanwhile: try again.
      continue;
    }
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new DataDirBusy(
        `数据目录 ${dataDir} 正被另一个进程（pid ${owner}）使用：内置数据库 PGlite 同时只能由一个进程打开，` +
          '否则会互相覆盖数据。请先停止正在运行的服务器（例如 systemctl stop report-server@8080），' +
          '再运行这个命令，然后重新启动服务器；要多个进程同时运行，请改用 PostgreSQL（DATABASE_URL）。',
      );
    }
    // Its process is gone: the lock is stale.
    try {
      unlinkSync(file);
    } catch {
      // Another process took it over first; the next attempt sees theirs.
    }
  }
  throw new DataDirBusy(`无法锁定数据目录 ${dataDir}，请稍后再试。`);
}
