import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Figure } from '../figure';
import { FIRST_STEP_PROBE } from '../page-probes';
import { median } from '../stats';
import { seedExample } from './seed';

/**
 * first_load_js_gzip_kb: gzip size of every script loaded before the first step was usable.
 * first_step_usable_ms: navigation start → 基本信息's first input accepts input (cold cache).
 */
export async function firstLoadFigures(browser: Browser, baseUrl: string, runs = 9): Promise<Figure[]> {
  const times: number[] = [];
  let jsBytes = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = await seedExample(page, baseUrl, 'basics');
    await page.addInitScript(FIRST_STEP_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstStepUsable?: number }).__firstStepUsable);
    const { usable, scripts } = await page.evaluate(() => {
      const usableAt = (window as unknown as { __firstStepUsable: number }).__firstStepUsable;
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        usable: usableAt,
        scripts: entries
          .filter((e) => e.name.endsWith('.js') && e.startTime < usableAt)
          .map((e) => new URL(e.name).pathname),
      };
    });
    times.push(usable);
    jsBytes = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(`dist${p}`)).length, 0);
    await context.close();
  }
  return [
    { name: 'first_load_js_gzip_kb', value: jsBytes / 1024 },
    { name: 'first_step_usable_ms', value: median(times) },
  ];
}
