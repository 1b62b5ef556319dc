import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { seedExample } from './figures/seed';
const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', '/tmp/dist-nomin', '--host', '127.0.0.1', '--port', '4302', '--strictPort'], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const url = await seedExample(page, 'http://127.0.0.1:4302/', 'applications');
  await page.addInitScript(`(() => {
    const TAGS = new Set([0, 1, 11, 14, 15]);
    window.__names = [];
    const walk = (next) => { const prev = next.alternate;
      if (TAGS.has(next.tag) && (prev === null || (next.flags & 1) === 1)) window.__names.push((next.type && (next.type.displayName || next.type.name)) || (next.elementType && next.elementType.type && next.elementType.type.name) || String(next.tag));
      if (prev !== null && next.child === prev.child) return;
      for (let c = next.child; c; c = c.sibling) walk(c); };
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, renderers: new Map(), inject: () => 1, onCommitFiberRoot: (_i, root) => walk(root.current), onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {}, isDisabled: false };
  })();`);
  await page.goto('about:blank');
  await page.goto(url);
  const cells = page.locator('input[name^="applications."]');
  await cells.first().waitFor();
  for (const i of [5, 40, 77]) {
    await cells.nth(i).focus();
    await page.waitForTimeout(300);
    await page.evaluate(() => { (window as unknown as { __names: string[] }).__names = []; });
    await page.keyboard.press('7');
    await page.waitForTimeout(400);
    console.log(i, await cells.nth(i).getAttribute('name'), JSON.stringify(await page.evaluate(() => (window as unknown as { __names: string[] }).__names)));
  }
} finally { await browser.close(); if (server.pid) process.kill(-server.pid); }
