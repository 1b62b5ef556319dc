import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test as base } from '@playwright/test';
import type { BrowserContext } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../chromium';

/**
 * Debian's Chromium on a profile folder of its own that a test can kill as a power cut would
 * (SIGKILL to its whole process group) and start again on the same folder.
 *
 * Playwright launches it (launchPersistentContext: a pipe, every page held at its start until
 * Playwright has attached). A Chromium started by hand and joined later with connectOverCDP
 * can hang there: Playwright waits for the pages already open to finish their start, and
 * Chromium's own start page may never get there (seen as "Timeout 15000ms exceeded" right
 * after "<ws connected>").
 */
export interface KillableBrowser {
  readonly context: BrowserContext;
  /** The browser process, leader of its process group (Playwright starts it detached). */
  readonly pid: number;
  /** SIGKILL to the browser and every process of its group; resolves once all are gone. */
  kill(): Promise<void>;
}

/** Chromium's marks that a browser runs on the folder: the killed one leaves them behind. */
const LOCK_FILES = ['SingletonLock', 'SingletonSocket', 'SingletonCookie', 'DevToolsActivePort'];

/** The processes whose process group is `group` (Linux's /proc). */
function processesOfGroup(group: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // After the command name in parentheses: state, parent, process group.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return fields[0] !== 'Z' && fields[2] === String(group);
      } catch {
        return false; // gone while we looked
      }
    })
    .map(Number);
}

async function browserPid(context: BrowserContext): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('the persistent context has no browser');
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  const pid = processInfo.find((p) => p.type === 'browser')?.id;
  if (!pid) throw new Error('Chromium named no browser process');
  return pid;
}

/** Starts Chromium on `profile`, the page addresses relative to `baseURL`. */
async function launch(profile: string, baseURL: string | undefined): Promise<KillableBrowser> {
  // Stale after a kill: without them Chromium need not ask whether the killed process lives on.
  for (const name of LOCK_FILES) rmSync(path.join(profile, name), { force: true });
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_LAUNCH,
    headless: true,
    timeout: 30_000,
    ...(baseURL ? { baseURL } : {}),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const pid = await browserPid(context).catch(async (e: unknown) => {
    await context.close();
    throw e;
  });
  const kill = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch (e) {
      // The group is gone already (the browser died on its own): nothing left to kill.
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
    }
    await closed;
    await expect.poll(() => processesOfGroup(pid), { timeout: 10_000 }).toEqual([]);
  };
  return { context, pid, kill };
}

/** Profiles and browsers of one test; whatever is left is killed and removed after it. */
export class KillableBrowsers {
  private readonly profiles: string[] = [];
  private readonly running = new Set<KillableBrowser>();

  constructor(private readonly baseURL: string | undefined) {}

  /** A new, empty profile folder. */
  newProfile(): string {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'crash-profile-'));
    this.profiles.push(profile);
    return profile;
  }

  async start(profile: string): Promise<KillableBrowser> {
    const b = await launch(profile, this.baseURL);
    const tracked: KillableBrowser = {
      ...b,
      kill: async () => {
        this.running.delete(tracked);
        await b.kill();
      },
    };
    this.running.add(tracked);
    return tracked;
  }

  async dispose(): Promise<void> {
    for (const b of [...this.running]) await b.kill().catch(() => {});
    for (const profile of this.profiles) rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
  }
}

/** `test` with `browsers`: killable browsers cleaned up even when the test fails or times out. */
export const test = base.extend<{ browsers: KillableBrowsers }>({
  browsers: async ({ baseURL }, use) => {
    const browsers = new KillableBrowsers(baseURL);
    await use(browsers);
    await browsers.dispose();
  },
});
