/**
 * `npm run e2e:old`: the whole walk (walk.ts) in Chromium 80 and 86 (chrome-aws-lambda builds,
 * driven by puppeteer-core 5 over CDP) and in Debian's Firefox ESR (puppeteer-core 24 over
 * WebDriver BiDi), against the built dist/ served locally, then dist-single/index.html opened from
 * file://. Any page error or failed step fails the run. Run after `npm run build`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import oldPuppeteer from 'puppeteer-core-5';
import { startPreview } from '../../bench/preview-server';
import { oldChromium } from './old-chromium';
import type { OldChromiumVersion } from './old-chromium';
import { fullWalk, newReportWalk } from './walk';
import type { WalkPage } from './walk-page';

/** `-- 80`, `-- 86` or `-- firefox` walks in that browser only (while working on the walk). */
const ONLY = process.argv[2];
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
/** A walk takes seconds; a browser that hangs must not hold up the suite. */
const WALK_LIMIT_MS = 180_000;
const SINGLE_FILE = pathToFileURL(resolve(import.meta.dirname, '..', '..', 'dist-single', 'index.html')).href;

type Browser = { newPage(): Promise<unknown>; close(): Promise<void>; version(): Promise<string> };
type Listening = { on(event: 'pageerror', listener: (e: unknown) => void): unknown };

/** Runs the walks in fresh pages of one browser; returns the problems met (none means passed). */
async function walkIn(browser: Browser, base: string): Promise<string[]> {
  const problems: string[] = [];
  const version = await browser.version();
  const walks: [string, (page: WalkPage) => Promise<void>][] = [
    ['dist/', (page) => fullWalk(page, base)],
    ['dist-single/ from file://', (page) => newReportWalk(page, SINGLE_FILE)],
  ];
  for (const [name, walk] of walks) {
    const started = Date.now();
    const before = problems.length;
    const page = await browser.newPage();
    // Both puppeteer versions' pages have the methods WalkPage lists; their generic signatures
    // differ in ways the walk does not use.
    (page as Listening).on('pageerror', (e) => problems.push(`${version} ${name}：页面错误 ${String(e)}`));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`超过 ${WALK_LIMIT_MS / 1000} 秒仍未走完`)), WALK_LIMIT_MS);
    });
    try {
      await Promise.race([walk(page as WalkPage), hung]);
    } catch (e) {
      problems.push(`${version} ${name}：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } finally {
      clearTimeout(timer);
    }
    console.log(
      `${problems.length > before ? '✗' : '✓'} ${version} ${name}（${((Date.now() - started) / 1000).toFixed(1)} s）`,
    );
  }
  return problems;
}

async function main() {
  const { base, stop } = await startPreview(PORT);
  const problems: string[] = [];
  try {
    for (const version of ([80, 86] as OldChromiumVersion[]).filter((v) => !ONLY || ONLY === String(v))) {
      const c = oldChromium(version);
      const browser = await oldPuppeteer.launch({
        executablePath: c.executablePath,
        args: c.args,
        env: c.env,
      });
      try {
        problems.push(...(await walkIn(browser, base)));
      } finally {
        await browser.close();
      }
    }
    // One browser asked for (`-- 80`): its problems are still reported below.
    if (!ONLY || ONLY === 'firefox') {
      const firefox = await puppeteer.launch({
        browser: 'firefox',
        executablePath: '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0 },
      });
      try {
        problems.push(...(await walkIn(firefox, base)));
      } finally {
        await firefox.close();
      }
    }
  } finally {
    stop();
  }
  if (problems.length > 0) {
    console.error(problems.join('\n\n'));
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
