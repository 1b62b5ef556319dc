/**
 * `npm run e2e:old`: the whole walk (walk.ts) in Chromium 80 and 86 (chrome-aws-lambda builds,
 * driven by puppeteer-core 5 over CDP) and in Debian's Firefox ESR (puppeteer-core 24 over
 * WebDriver BiDi), against the built dist/ served locally, then dist-single/index.html opened from
 * file://. Any page error or failed step fails the run. Run after `npm run build`.
 * One browser at a time, a fresh one for each walk: it is started, walks in the tab it opened
 * with, and is killed (process group) before the next starts; every step has a time limit
 * (browser-session.ts), so a browser that stops answering fails the run with a message instead
 * of hanging it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import oldPuppeteer from 'puppeteer-core-5';
import { startPreview } from '../../bench/preview-server';
import { oldChromium } from './old-chromium';
import type { OldChromiumVersion } from './old-chromium';
import { LIMITS, TimeLimitError, killAllBrowsers, pageOf, withBrowser, withLimit } from './browser-session';
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

/** The whole run (three browsers, two walks each, a few seconds apiece): never longer than this. */
const RUN_LIMIT_MS = 8 * 60_000;

type Walk = readonly [name: string, walk: (page: WalkPage) => Promise<void>];

const walksOf = (base: string): Walk[] => [
  ['dist/', (page) => fullWalk(page, base)],
  ['dist-single/ from file://', (page) => newReportWalk(page, SINGLE_FILE)],
];

const describe = (e: unknown) =>
  e instanceof TimeLimitError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);

/**
 * One walk in a browser of its own (started, walked, killed): returns the problems met.
 * A browser that would not start or open its page is started once more before that counts.
 */
async function walkInFreshBrowser(
  name: string,
  launch: () => Promise<SessionBrowser>,
  [walkName, walk]: Walk,
): Promise<string[]> {
  const started = Date.now();
  let label = `${name} ${walkName}`;
  let problems: string[] = [];
  for (let attempt = 1; attempt <= 2; attempt++) {
    problems = [];
    let walking = false;
    try {
      await withBrowser(name, launch, async (browser) => {
        const version = await withLimit(browser.version(), LIMITS.newPageMs, `${name} 读取版本`);
        label = `${version} ${walkName}`;
        const page = await pageOf(browser, label, !name.startsWith('Firefox'));
        (page as Listening).on('pageerror', (e) => problems.push(`${label}：页面错误 ${String(e)}`));
        walking = true;
        await withLimit(walk(page as WalkPage), WALK_LIMIT_MS, `${label} 走查`);
      });
    } catch (e) {
      problems.push(`${label}：${describe(e)}`);
      if (!walking && attempt === 1) {
        console.log(`  ${label}：浏览器未能启动或打开页面（${describe(e)}），重试一次`);
        continue;
      }
    }
    break;
  }
  console.log(
    `${problems.length > 0 ? '✗' : '✓'} ${label}（${((Date.now() - started) / 1000).toFixed(1)} s，含启动与关闭）`,
  );
  return problems;
}

async function runBrowser(
  name: string,
  launch: () => Promise<SessionBrowser>,
  base: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const walk of walksOf(base)) problems.push(...(await walkInFreshBrowser(name, launch, walk)));
  return problems;
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
