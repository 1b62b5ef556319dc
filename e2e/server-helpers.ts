import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Browser, Page, TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'e2e-demo-password';

/**
 * `npm run server -- --demo` (the real server, on the embedded PGlite in a temporary DATA_DIR)
 * on a port of its own: E2E_PORT + 1 + 2 × the worker's index. `kill()` ends it at once (as a
 * crash would), `start()` starts it again on the same data.
 */
export class DemoServer {
  readonly port: number;
  readonly url: string;
  /** What the server printed so far (the first-run setup link among it). */
  output = '';
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'report-e2e-server-'));
  private child: ChildProcess | undefined;

  /** `demo: false`: a server with no accounts, which prints the one-time setup link. */
  constructor(
    info: TestInfo,
    private readonly options: { readonly demo: boolean } = { demo: true },
  ) {
    this.port = Number(process.env.E2E_PORT ?? 4173) + 1 + info.parallelIndex * 2;
    this.url = `http://localhost:${this.port}/`;
  }

  async start(): Promise<void> {
    const args = ['tsx', 'src/server/main.ts', ...(this.options.demo ? ['--demo'] : [])];
    const child = spawn('npx', args, {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DEMO_PASSWORD,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    this.output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('服务器已启动')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (c: Buffer) => (this.output += c.toString()));
      child.once('exit', (code) => reject(new Error(`server exited (${code}): ${this.output}`)));
    });
  }

  /** Ends the server's whole process group at once (SIGKILL), as a crash or a pulled plug would. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid, 'SIGKILL');
    await exited;
    this.child = undefined;
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Signs in on the sign-in page and waits for the role's start page. */
export async function signIn(
  page: Page,
  server: DemoServer,
  login: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  // Each role's own start: the unit's reports, the desk's 单位名单, or 管理.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/年度报告|^管理$/);
}

/** The header's sync status. */
export const syncStatus = (page: Page) => page.locator('.sync-status');

/** The server's origin (no trailing slash): the `origin` header of an API call from its pages. */
export const origin = (server: DemoServer) => server.url.replace(/\/$/, '');

/** A page in a browser context of its own (its own session), signed in as `login`. */
export async function signedInPage(
  server: DemoServer,
  browser: Browser,
  login: string,
  height = 900,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height } });
  const page = await context.newPage();
  await signIn(page, server, login);
  return page;
}

/** The clerk opens unit 1's report of `year` from the start page (kept in this browser), then `step`. */
export async function openOwnReport(server: DemoServer, clerk: Page, year: number, step: string) {
  await clerk.goto(server.url);
  await clerk.getByRole('button', { name: new RegExp(`${year} 年度报告`) }).click();
  await expect(clerk).toHaveURL(/#\/report\/srv-1-\d{4}\/basics$/);
  await expect(syncStatus(clerk)).toContainText('已保存到服务器');
  if (step !== 'basics') await clerk.goto(`${server.url}#/report/srv-1-${year}/${step}`);
}
