/** Ad-hoc: per matrix keystroke, processing (keydown → end of input dispatch) vs waiting for the next frame (npx tsx bench/split-keystrokes.ts). */
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../chromium';
import { seedExample } from './figures/seed';
import { startPreview } from './preview-server';

const { base: BASE, stop } = await startPreview(4302);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const url = await seedExample(page, BASE, 'applications');
  await page.goto('about:blank');
  await page.addInitScript(`
    window.__split = [];
    document.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp; const rec = { queue: performance.now() - t0, t0abs: t0 };
      window.__split.push(rec);
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { if (rec.task === undefined) rec.task = performance.now() - t0; };
      ch.port2.postMessage(0);
      requestAnimationFrame(() => {
        rec.raf = performance.now() - t0; rec.taskBeforeRaf = rec.task !== undefined;
        const c2 = new MessageChannel();
        c2.port1.onmessage = () => { rec.end = performance.now() - t0; };
        c2.port2.postMessage(0);
      });
    }, true);
    window.addEventListener('input', () => {
      const rec = window.__split[window.__split.length - 1];
      if (rec && rec.task === undefined) rec.task = performance.now() - rec.t0abs;
    });
  `);
  await page.goto(url);
  const cells = page.locator('[id^="applications."].grid-input');
  await cells.first().waitFor();
  if (process.env.THROTTLE) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) });
  }
  for (let i = 0; i < 200; i++) {
    await cells.nth((i * 37) % 130).focus();
    await page.keyboard.press(String((i % 9) + 1));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  type Rec = { queue: number; task: number; raf: number; end: number; taskBeforeRaf: boolean };
  const recs = (await page.evaluate('window.__split')) as Rec[];
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN).toFixed(1);
  };
  const col = (f: (r: Rec) => number) => recs.map(f);
  const show = (name: string, xs: number[]) =>
    console.log(`${name.padEnd(34)} p50 ${q(xs, 0.5)}  p95 ${q(xs, 0.95)}  max ${q(xs, 1)}`);
  show(
    'keydown queue (timeStamp→listener)',
    col((r) => r.queue),
  );
  show(
    'processing (→ input handled)',
    col((r) => r.task ?? r.raf),
  );
  show(
    'wait for rAF after processing',
    col((r) => r.raf - (r.taskBeforeRaf ? r.task : r.raf)),
  );
  show(
    'rAF → task after (render+paint)',
    col((r) => r.end - r.raf),
  );
  show(
    'total (= bench figure)',
    col((r) => r.end),
  );
  console.log(`key task finished before rAF: ${recs.filter((r) => r.taskBeforeRaf).length}/${recs.length}`);
} finally {
  await browser.close();
  stop();
}
