import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** A free loopback port the system picks. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A stand-in for the built app (dist/), so a server process starts without `npm run build`. */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>测试</title>');
  return dir;
}

/** `src/server/main.ts` running as its own process, as `npm run server` starts it. */
export interface ServerProcess {
  readonly child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  readonly out: () => string;
  readonly err: () => string;
  /** Resolves with the exit code when it exits. */
  readonly exited: Promise<number | null>;
  /** Resolves when its output contains `text` (rejects if it exits first). */
  waitFor(text: string | RegExp, stream?: 'out' | 'err'): Promise<void>;
}

/** Starts `main.ts` with `args` and the environment `env` (added to this one's). */
export function spawnServer(args: readonly string[], env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
  };
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    notify();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    notify();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
    notify();
  });
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    waitFor(text, stream = 'out') {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          const seen = stream === 'out' ? out : err;
          if (typeof text === 'string' ? seen.includes(text) : text.test(seen)) {
            waiters.delete(check);
            resolve();
          } else if (done) {
            waiters.delete(check);
            reject(new Error(`server exited before printing ${String(text)}:\n${out}\n${err}`));
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}
