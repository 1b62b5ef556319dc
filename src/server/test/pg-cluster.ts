import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Debian's PostgreSQL binaries (the newest installed major version). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('没有找到 PostgreSQL（Debian 的 postgresql 软件包）：请运行 scripts/setup.sh');
  return join(root, newest, 'bin');
}

/** A free loopback port: from PG_TEST_PORTS ("54320-54329") when set, else one the system picks. */
async function freePort(): Promise<number> {
  const range = process.env.PG_TEST_PORTS?.match(/^(\d+)-(\d+)$/);
  const candidates = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
    : [0];
  for (const port of candidates) {
    const got = await new Promise<number | undefined>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(undefined));
      s.listen(port, '127.0.0.1', () => {
        const address = s.address();
        const p = typeof address === 'object' && address ? address.port : undefined;
        s.close(() => resolve(p));
      });
    });
    if (got) return got;
  }
  throw new Error(`PG_TEST_PORTS ${process.env.PG_TEST_PORTS} 中没有空闲端口`);
}

export interface PgCluster {
  readonly port: number;
  readonly dataDir: string;
  /** A superuser URL for setting up databases and roles. */
  readonly adminUrl: string;
  /** Stops PostgreSQL as `pg_ctl stop -m <mode>` does, keeping its data (a database going away). */
  halt(mode: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again after `halt`. */
  restart(): Promise<void>;
  /** Shuts it down and removes its directory. */
  stop(): Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster: initdb in a temporary directory (as the `postgres` OS user
 * when running as root, which PostgreSQL refuses to run as), on a free loopback port, with its
 * socket in that directory. `stop()` shuts it down and removes the directory.
 */
export async function startCluster(): Promise<PgCluster> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'report-pg-'));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const) : ([cmd, args] as const);
  const data = join(dir, 'data');
  const [initCmd, initArgs] = run(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  execFileSync(initCmd, [...initArgs], { stdio: 'pipe' });
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
  const pgCtl = join(bin, 'pg_ctl');
  // pg_ctl -w waits until the server accepts connections (or, stopping, until it has stopped).
  const start = () => {
    const [cmd, args] = run(pgCtl, [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    execFileSync(cmd, [...args], { stdio: 'pipe' });
  };
  const halt = (mode: 'fast' | 'immediate') => {
    const [cmd, args] = run(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']);
    execFileSync(cmd, [...args], { stdio: 'pipe' });
  };
  start();
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    dataDir: data,
    adminUrl,
    halt: async (mode) => halt(mode),
    restart: async () => start(),
    async stop() {
      try {
        halt('immediate');
      } catch {
        // Already halted by the test.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database in the cluster owned by a role `<name>_owner`, and a role `<name>_app` for
 * the application: the two URLs.
 */
export async function createTestDatabase(
  cluster: PgCluster,
  name: string,
): Promise<{ ownerUrl: string; appUrl: string }> {
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE ROLE ${name}_owner LOGIN`);
    await client.query(`CREATE ROLE ${name}_app LOGIN`);
    await client.query(`CREATE DATABASE ${name} OWNER ${name}_owner`);
  } finally {
    await client.end();
  }
  const base = `127.0.0.1:${cluster.port}/${name}`;
  return { ownerUrl: `postgres://${name}_owner@${base}`, appUrl: `postgres://${name}_app@${base}` };
}
