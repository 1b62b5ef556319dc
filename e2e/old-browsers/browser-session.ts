/**
 * A browser of the old-browser walk held on a short leash: starting it, opening a page and
 * closing it each have a time limit, and the browser's whole process group is killed when it
 * is done with (or when it stops answering), so one browser can never hold up the next or
 * leave the run hanging.
 */
export type ChildLike = { pid?: number | undefined };

export type SessionBrowser = {
  newPage(): Promise<unknown>;
  pages(): Promise<unknown[]>;
  close(): Promise<void>;
  version(): Promise<string>;
  process(): ChildLike | null;
};

export class TimeLimitError extends Error {}

/** `work`, or a clear error naming `what` once `ms` have passed. */
export async function withLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitError(`${what}：超过 ${ms / 1000} 秒没有完成`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Browser processes still running, by process-group leader pid (for the run's last resort). */
const running = new Set<number>();

function killGroup(pid: number): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.delete(pid);
}

/** Kills every browser this run started and has not yet closed. */
export function killAllBrowsers(): void {
  for (const pid of [...running]) killGroup(pid);
}

export const LIMITS = {
  launchMs: 60_000,
  newPageMs: 30_000,
  closeMs: 15_000,
} as const;

/**
 * Starts a browser with `launch` inside the time limit, runs `use` with it, then closes it
 * (politely, then by killing its process group). Puppeteer starts browsers in their own
 * process group (detached) on Linux, so the group takes the renderer and helpers with it.
 */
export async function withBrowser<T>(
  name: string,
  launch: () => Promise<SessionBrowser>,
  use: (browser: SessionBrowser) => Promise<T>,
): Promise<T> {
  const browser = await withLimit(launch(), LIMITS.launchMs, `${name} 启动`);
  const pid = browser.process()?.pid;
  if (pid) running.add(pid);
  try {
    return await use(browser);
  } finally {
    await withLimit(browser.close(), LIMITS.closeMs, `${name} 关闭`).catch(() => undefined);
    if (pid) killGroup(pid);
  }
}

/**
 * The page to walk in, inside the time limit: for old Chromium the tab it started with (86 with
 * --single-process sometimes never answers a new-tab request, Target.createTarget); for
 * Firefox a new tab (its first tab does not take focus under BiDi, so a focused field never
 * becomes document.activeElement).
 */
export async function pageOf(browser: SessionBrowser, name: string, startTab: boolean): Promise<unknown> {
  const open = async () => (startTab ? (await browser.pages())[0] : undefined) ?? (await browser.newPage());
  return withLimit(open(), LIMITS.newPageMs, `${name} 打开页面`);
}
