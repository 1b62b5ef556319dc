import type { Browser } from 'playwright-core';
import type { Figure } from '../figure';
import { median } from '../stats';
import { seedExample } from './seed';

const RUNS = 9;

/**
 * For information: going from step 二 to step 三 in the wizard (the task-list link) until the
 * matrix is drawn and painted — its 150 cells, totals and balance row — unthrottled and at 4×
 * CPU throttling. The step's code is already loaded (it was opened once before).
 */
export async function stepOpenFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const throttled of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const matrixUrl = await seedExample(page, baseUrl, 'applications');
    await page.goto(matrixUrl);
    await page.locator('[id="applications.newReceived.natural"]').waitFor();
    const cdp = await context.newCDPSession(page);
    if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(matrixUrl.replace(/applications$/, 'proactive'));
      await page.locator('[id="proactive.licensing"]').waitFor();
      times.push(
        // (No named functions inside: tsx would wrap them in a helper the page does not have.)
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) =>
                a.href.endsWith('/applications'),
              );
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                if (!document.getElementById('applications.results.total.total')) return;
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
              });
              observer.observe(document.body, { childList: true, subtree: true });
              link?.click();
            }),
        ),
      );
    }
    out.push({ name: `matrix_step_open${throttled ? '_throttled' : ''}_ms`, value: median(times) });
    await context.close();
  }
  return out;
}
