/**
 * Writes the PDF fixtures of the importer's tests (src/import/test-support/pdf/): the sample
 * report with 淮安's numbers (read from huaian-city-2024.txt), printed as the app prints it
 * (its HTML export through Chromium's page.pdf, as e2e/print.spec.ts does) and converted by
 * LibreOffice from the app's Word export. Run `npx tsx scripts/make-pdf-fixtures.ts` after
 * changing the exporters; the tests' expected numbers are 淮安's as written in
 * src/import/test-support/published-expected.ts, not what these files give.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../chromium';
import { renderReportDocx } from '../src/export/docx';
import { renderReportHtml } from '../src/export/html';
import { buildReportDocument } from '../src/export/report-document';
import { sampleDraft } from '../src/report/fixtures/sample-draft';
import type { Draft } from '../src/report/schema';
import { PDF_SAMPLE_TABLES } from '../src/import/test-support/published-expected';

const OUT = join(import.meta.dirname, '../src/import/test-support/pdf');

export function huaianDraft(): Draft {
  return { ...sampleDraft(), ...PDF_SAMPLE_TABLES };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const doc = buildReportDocument(huaianDraft());

  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const page = await browser.newPage();
  await page.setContent(renderReportHtml(doc), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  writeFileSync(join(OUT, 'app-print-chromium.pdf'), await page.pdf({ preferCSSPageSize: true }));
  // A "scan": the page is one picture, there is no text layer.
  await page.setContent(
    '<body style="margin:0"><canvas id="c" width="600" height="800"></canvas><script>const g=document.getElementById("c").getContext("2d");g.fillStyle="#eee";g.fillRect(0,0,600,800);g.fillStyle="#333";for(let y=60;y<760;y+=24)g.fillRect(60,y,480*Math.abs(Math.sin(y)),10);</script></body>',
    { waitUntil: 'load' },
  );
  writeFileSync(join(OUT, 'scanned.pdf'), await page.pdf({ format: 'A4' }));
  await browser.close();

  const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
  try {
    writeFileSync(join(work, 'report.docx'), await renderReportDocx(doc));
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'report.docx')],
      {
        stdio: 'pipe',
        env: { ...process.env, HOME: work },
      },
    );
    copyFileSync(join(work, 'report.pdf'), join(OUT, 'word-export-libreoffice.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote app-print-chromium.pdf, word-export-libreoffice.pdf and scanned.pdf in ${OUT}`);
}

await main();
