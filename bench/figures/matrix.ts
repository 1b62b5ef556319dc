import type { Browser, Page } from 'playwright-core';
import type { Figure } from '../figure';
import { KEYSTROKE_PROBE, RENDER_COUNT_PROBE } from '../page-probes';
import { median, percentile } from '../stats';
import { seedExample } from './seed';

const KEYSTROKES = 200;

interface ProbeWindow {
  __keyLatencies: number[];
  __renders: number;
}

/** The typed cells of the applicant matrix, in page order. */
async function matrixCells(page: Page) {
  const cells = page.locator('[id^="applications."].grid-input');
  await cells.first().waitFor();
  return cells;
}

/** 200 keystrokes spread over the grid: focus a cell, type one digit. */
async function typeAcrossGrid(page: Page, onEach?: (renders: number) => void) {
  const cells = await matrixCells(page);
  const n = await cells.count();
  for (let i = 0; i < KEYSTROKES; i++) {
    const cell = cells.nth((i * 37) % n);
    await cell.focus();
    const before = await page.evaluate(() => (window as unknown as ProbeWindow).__renders ?? 0);
    await page.keyboard.press(String((i % 9) + 1));
    // Let the frame after the keystroke be presented before the next one.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const after = await page.evaluate(() => (window as unknown as ProbeWindow).__renders ?? 0);
    onEach?.(after - before);
  }
  return page.evaluate((n) => (window as unknown as ProbeWindow).__keyLatencies.slice(-n), KEYSTROKES);
}

async function openMatrix(browser: Browser, baseUrl: string, probes: string[]) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const url = await seedExample(page, baseUrl, 'applications');
  for (const p of probes) await page.addInitScript(p);
  await page.goto('about:blank');
  await page.goto(url);
  await matrixCells(page);
  return { context, page };
}

/** Keystroke → painted totals latency (p50/p95), unthrottled and at 4× CPU throttling. */
export async function matrixLatencyFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const throttled of [false, true]) {
    const { context, page } = await openMatrix(browser, baseUrl, [KEYSTROKE_PROBE]);
    const cdp = await context.newCDPSession(page);
    if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const latencies = await typeAcrossGrid(page);
    const tag = throttled ? 'matrix_keystroke_throttled' : 'matrix_keystroke';
    out.push({ name: `${tag}_p50_ms`, value: median(latencies) });
    out.push({ name: `${tag}_p95_ms`, value: percentile(latencies, 95) });
    await context.close();
  }
  return out;
}

/** Components rendered per keystroke, and main-thread script time per keystroke (CDP metrics). */
export async function matrixWorkFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const { context, page } = await openMatrix(browser, baseUrl, [RENDER_COUNT_PROBE, KEYSTROKE_PROBE]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  const renders: number[] = [];
  const s0 = await scriptSeconds();
  await typeAcrossGrid(page, (r) => renders.push(r));
  const s1 = await scriptSeconds();
  await context.close();
  // ScriptDuration includes the bench's own page.evaluate calls (three tiny ones per keystroke).
  return [
    { name: 'matrix_rerenders_per_keystroke', value: median(renders) },
    { name: 'matrix_rerenders_per_keystroke_max', value: Math.max(...renders) },
    { name: 'matrix_script_ms_per_keystroke', value: ((s1 - s0) * 1000) / KEYSTROKES },
  ];
}

/** Last keystroke → the new value is in IndexedDB. */
export async function autosaveFigures(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const { context, page } = await openMatrix(browser, baseUrl, []);
  const times: number[] = [];
  const cells = await matrixCells(page);
  for (let i = 0; i < 7; i++) {
    const cell = cells.nth(i * 11);
    const name = await cell.getAttribute('id');
    const value = 700 + i;
    await cell.focus();
    await page.keyboard.type(String(value));
    const t0 = Date.now();
    // Poll IndexedDB from the page until the stored draft holds the new value.
    for (;;) {
      const saved = await page.evaluate(
        async ([path, expected]) => {
          const db: IDBDatabase = await new Promise((res, rej) => {
            const r = indexedDB.open('gov-info-report');
            r.onsuccess = () => res(r.result);
            r.onerror = () => rej(new Error(String(r.error)));
          });
          const records: { draft?: string }[] = await new Promise((res) => {
            const req = db.transaction('drafts').objectStore('drafts').getAll();
            req.onsuccess = () => res(req.result as { draft?: string }[]);
          });
          db.close();
          return records.some((rec) => {
            if (typeof rec.draft !== 'string') return false;
            let cur: unknown = JSON.parse(rec.draft);
            for (const k of String(path).split('.')) cur = (cur as Record<string, unknown> | undefined)?.[k];
            return cur === expected;
          });
        },
        [name, value] as const,
      );
      if (saved || Date.now() - t0 > 10_000) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    times.push(Date.now() - t0);
  }
  await context.close();
  return [{ name: 'autosave_after_keystroke_ms', value: median(times) }];
}
