/**
 * `npm run e2e:old`: the whole walk (walk.ts) in Chromium 80 and 86 (chrome-aws-lambda builds,
 * driven by puppeteer-core 5 over CDP) and in Debian's Firefox ESR (puppeteer-core 24 over
 * WebDriver BiDi), against the built dist/ served locally, then dist-single/index.html opened from
 * file://. Any page error or failed step fails the run. Run after `npm run build`.
 * One browser at a time: each is started, used and killed (process group) before the next, and
 * every step has a time limit (browser-session.ts), so a browser that stops answering fails the
 * run with a message instead of hanging it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import oldPuppeteer from 'puppeteer-core-5';
import { startPreview } from '../../bench/preview-server';
import { oldChromium } from './old-chromium';
import type { OldChromiumVersion } from './old-chromium';
import {
  LIMITS,
  TimeLimitError,
  killAllBrowsers,
  newPageOf,
  withBrowser,
  withLimit,
} from './browser-session';
import type { SessionBrowser } from './browser-session';
import { fullWalk, newReportWalk } from './walk';
import type { WalkPage } from './walk-page';

/** `-- 80`, `-- 86` or `-- firefox` walks in that browser only (while working on the walk). */
const ONLY = process.argv[2];
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
/** A walk takes seconds; a browser that hangs must not hold up the suite. */
const WALK_LIMIT_MS = 180_000;
const SINGLE_FILE = pathToFileURL(resolve(import.meta.dirname, '..', '..', 'dist-single', 'index.html')).href;

type Listening = { on(event: 'pageerror', listener: (e: unknown) => void): unknown };
type Closable = { close(): Promise<void> };

/** The whole run (three browsers, two walks each, a few seconds apiece): never longer than this. */
const RUN_LIMIT_MS = 8 * 60_000;

/** Runs the walks in fresh pages of one browser; returns the problems met (none means passed). */
async function walkIn(browser: SessionBrowser, name: string, base: string): Promise<string[]> {
  const problems: string[] = [];
  const version = await withLimit(browser.version(), LIMITS.newPageMs, `${name} 读取版本`);
  const walks: [string, (page: WalkPage) => Promise<void>][] = [
    ['dist/', (page) => fullWalk(page, base)],
    ['dist-single/ from file://', (page) => newReportWalk(page, SINGLE_FILE)],
  ];
  for (const [walkName, walk] of walks) {
    const started = Date.now();
    const before = problems.length;
    try {
      const page = await newPageOf(browser, `${version} ${walkName}`);
      // Both puppeteer versions' pages have the methods WalkPage lists; their generic signatures
      // differ in ways the walk does not use.
      (page as Listening).on('pageerror', (e) =>
        problems.push(`${version} ${walkName}：页面错误 ${String(e)}`),
      );
      try {
        await withLimit(walk(page as WalkPage), WALK_LIMIT_MS, `${version} ${walkName} 走查`);
      } finally {
        await withLimit((page as Closable).close(), LIMITS.closeMs, '关闭页面').catch(() => undefined);
      }
    } catch (e) {
      const text =
        e instanceof TimeLimitError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
      problems.push(`${version} ${walkName}：${text}`);
    }
    console.log(
      `${problems.length > before ? '✗' : '✓'} ${version} ${walkName}（${((Date.now() - started) / 1000).toFixed(1)} s）`,
    );
  }
  return problems;
}

/** One browser's walks; a browser that will not start or stops answering is a problem, not a hang. */
async function runBrowser(
  name: string,
  launch: () => Promise<SessionBrowser>,
  base: string,
): Promise<string[]> {
  const started = Date.now();
  try {
    return await withBrowser(name, launch, (browser) => walkIn(browser, name, base));
  } catch (e) {
    return [
      `${name}：${e instanceof TimeLimitError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    ];
  } finally {
    console.log(`  ${name} 共 ${((Date.now() - started) / 1000).toFixed(1)} s（含启动与关闭）`);
  }
}

async function main() {
  const { base, stop } = await startPreview(PORT);
  const lastResort = setTimeout(() => {
    console.error(`旧浏览器走查超过 ${RUN_LIMIT_MS / 60_000} 分钟仍未结束：已结束所有浏览器，判为失败。`);
    killAllBrowsers();
    stop();
    process.exit(1);
  }, RUN_LIMIT_MS);
  lastResort.unref();
  const problems: string[] = [];
  try {
    for (const version of ([80, 86] as OldChromiumVersion[]).filter((v) => !ONLY || ONLY === String(v))) {
      const c = oldChromium(version);
      problems.push(
        ...(await runBrowser(
          `Chromium ${version}`,
          () =>
            oldPuppeteer.launch({
              executablePath: c.executablePath,
              args: c.args,
              env: c.env,
              timeout: LIMITS.launchMs - 5_000,
            }) as Promise<SessionBrowser>,
          base,
        )),
      );
    }
    // One browser asked for (`-- 80`): its problems are still reported below.
    if (!ONLY || ONLY === 'firefox') {
      problems.push(
        ...(await runBrowser(
          'Firefox ESR',
          () =>
            puppeteer.launch({
              browser: 'firefox',
              executablePath: '/usr/bin/firefox-esr',
              headless: true,
              timeout: LIMITS.launchMs - 5_000,
              extraPrefsFirefox: { 'network.proxy.type': 0 },
            }) as unknown as Promise<SessionBrowser>,
          base,
        )),
      );
    }
  } finally {
    clearTimeout(lastResort);
    killAllBrowsers();
    stop();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n\n'));
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  killAllBrowsers();
  process.exitCode = 1;
});
