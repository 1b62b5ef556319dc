/**
 * Writes fixtures/pdf-viewer-copies/: what a clerk's copy out of a PDF viewer gives for more
 * reports than the one real PDF (see that folder's README). Each text-grid fixture of
 * fixtures/published/ (and 海原's layout printing 淮安's numbers) is laid out as Word/WPS saves it
 * (`wordHtml`), printed to PDF by Chromium (A4), and copied out with poppler's `pdftotext` and
 * `pdftotext -layout`; the app's own PDFs in src/import/test-support/pdf/ are copied the same two
 * ways. Run `npx tsx scripts/make-pdf-viewer-copies.ts`; the tests' expected numbers are the ones
 * written down in src/import/test-support/published-expected.ts, never what these files give.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../chromium';
import { withNumbers, wordHtml } from '../src/import/test-support/flatten';
import { huaianPrinted } from '../src/import/test-support/published-expected';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'fixtures/pdf-viewer-copies');
const published = (name: string) => readFileSync(join(ROOT, 'fixtures/published', name), 'utf8');

const GRIDS: Record<string, string> = {
  'haiyuan-jiguan-2024': published('haiyuan-jiguan-2024.txt'),
  'pingluo-jiguan-2021': published('pingluo-jiguan-2021.txt'),
  'county-jiguan-2023': published('county-jiguan-2023.txt'),
  'haiyuan-layout-huaian-numbers': withNumbers(published('haiyuan-jiguan-2024.txt'), huaianPrinted()),
};

const APP_PDFS = ['app-print-chromium', 'word-export-libreoffice'];

function copies(pdf: string, name: string): void {
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, join(OUT, `${name}.pdftotext.txt`)]);
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, join(OUT, `${name}.pdftotext-layout.txt`)]);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'pdf-copies-'));
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    for (const [name, text] of Object.entries(GRIDS)) {
      await page.setContent(wordHtml(text), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = join(work, `${name}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm' } }));
      copies(pdf, `${name}.word-html-chromium`);
    }
    for (const name of APP_PDFS) copies(join(ROOT, 'src/import/test-support/pdf', `${name}.pdf`), name);
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote the copies in ${OUT}`);
}

await main();
