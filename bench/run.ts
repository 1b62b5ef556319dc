/**
 * `npm run bench`: builds the app, serves it locally, drives it in Debian's Chromium and
 * prints one line per budgeted figure (`name value unit`), then `budget: N passed, M failed`,
 * then the figures that have no budget (for information). Exits 1 when a figure is over its
 * budget or a budgeted figure was not produced at all.
 * Never part of the test suite; timings on a shared machine are for comparison only.
 */
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../chromium';
import { BUDGETS, INFO_UNITS } from './budgets';
import { judgeBudgets } from './judge-budgets';
import type { Figure } from './figure';
import { batchFigures } from './figures/batch';
import { firstLoadFigures } from './figures/first-load';
import { autosaveFigures, matrixLatencyFigures, matrixWorkFigures } from './figures/matrix';
import { hostileImportFigures } from './figures/hostile-import';
import { nodeSideFigures } from './figures/node-side';
import { oldBrowserFigures } from './figures/old-browser';
import { stepOpenFigures } from './figures/step-open';
import { startPreview } from './preview-server';

const PORT = Number(process.env.BENCH_PORT ?? 4300);

function print(f: Figure) {
  const unit = BUDGETS[f.name]?.unit ?? INFO_UNITS[f.name] ?? '';
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
  console.log(`${f.name} ${value} ${unit}`.trim());
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('node_modules/.bin/vite build', { stdio: 'ignore' });
  const { base: BASE, stop } = await startPreview(PORT);
  const figures: Figure[] = [];
  try {
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    try {
      const report = (list: Figure[]) => {
        for (const f of list) {
          figures.push(f);
          if (f.name in BUDGETS) print(f);
        }
      };
      report(await firstLoadFigures(browser, BASE));
      report(await matrixLatencyFigures(browser, BASE));
      report(await matrixWorkFigures(browser, BASE));
      report(await stepOpenFigures(browser, BASE));
      report(await autosaveFigures(browser, BASE));
      report(await nodeSideFigures());
      report(await hostileImportFigures());
      report(await oldBrowserFigures());
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      report(await batchFigures(page, BASE));
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }
  const { passed, over, missing } = judgeBudgets(figures);
  console.log(`budget: ${passed.length} passed, ${over.length + missing.length} failed`);
  for (const f of over) console.log(`  over budget: ${f.name} ${f.value} > ${BUDGETS[f.name]?.max}`);
  for (const name of missing) console.log(`  not measured: ${name}`);
  if (over.length + missing.length > 0) process.exitCode = 1;
  // Figures without a budget come last, for information; they are not counted above.
  const info = figures.filter((f) => !(f.name in BUDGETS));
  if (info.length > 0) console.log('info (no budget):');
  for (const f of info) print(f);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
