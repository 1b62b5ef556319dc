/** Ad-hoc profiler: where the main thread spends a matrix keystroke (npx tsx bench/trace-keystrokes.ts). */
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../chromium';
import { seedExample } from './figures/seed';
import { startPreview } from './preview-server';

const { base: BASE, stop } = await startPreview(4301);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const url = await seedExample(page, BASE, 'applications');
  await page.goto('about:blank');
  await page.goto(url);
  const cells = page.locator('[id^="applications."].grid-input');
  await cells.first().waitFor();
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  for (let i = 0; i < 30; i++) {
    await cells.nth((i * 37) % 130).focus();
    await page.keyboard.press(String((i % 9) + 1));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  const buf = await browser.stopTracing();
  const events = (
    JSON.parse(buf.toString()) as {
      traceEvents: {
        name: string;
        dur?: number;
        ts?: number;
        ph: string;
        args?: { data?: { type?: string } };
      }[];
    }
  ).traceEvents;
  // Layouts that run inside an event handler were forced by script reading layout.
  const dispatches = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.dur);
  const forced = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
      dispatches.some((d) => (d.ts ?? 0) <= (e.ts ?? 0) && (e.ts ?? 0) < (d.ts ?? 0) + (d.dur ?? 0)),
  );
  console.log(
    `forced layout inside handlers: ${(forced.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000 / 30).toFixed(2)} ms/keystroke`,
  );
  const sums = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.dur) {
      const key = e.name === 'EventDispatch' ? `EventDispatch:${e.args?.data?.type ?? '?'}` : e.name;
      sums.set(key, (sums.get(key) ?? 0) + e.dur / 1000);
    }
  [...sums.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .forEach(([k, v]) => console.log(`${(v / 30).toFixed(2).padStart(8)} ms/keystroke  ${k}`));
} finally {
  await browser.close();
  stop();
}
