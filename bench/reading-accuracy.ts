/**
 * How many printed table cells the importer reads right, leaves unread, and places wrong, over
 * every fixture whose tables are written down by hand and every flattening of it
 * (src/import/test-support/reading-cases.ts), plus the real PDF read from its bytes.
 * `npx tsx bench/reading-accuracy.ts [--cases]` — wrong must be 0; exits 1 when it is not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodePdfAssets } from '../src/cli/pdf-assets-node';
import { importReportFile } from '../src/import/import-file';
import type { ImportResult } from '../src/import/import-result';
import { importReportText } from '../src/import/import-text';
import { providePdfAssets } from '../src/import/pdf-assets';
import { HONGZE_NOT_PRINTED, HONGZE_TABLES } from '../src/import/test-support/hongze-expected';
import { PDF_SAMPLE_TABLES } from '../src/import/test-support/published-expected';
import type { ReadingCase } from '../src/import/test-support/reading-cases';
import { readingCases, scoreReading } from '../src/import/test-support/reading-cases';

const ROOT = join(import.meta.dirname, '..');
const showCases = process.argv.includes('--cases');

interface Row {
  readonly report: string;
  readonly flattening: string;
  readonly right: number;
  readonly unread: number;
  readonly wrong: readonly string[];
}

function scored(
  c: Pick<ReadingCase, 'report' | 'flattening' | 'expected' | 'notPrinted'>,
  r: ImportResult,
): Row {
  if (!r.ok)
    return {
      report: c.report,
      flattening: c.flattening,
      right: 0,
      unread: 0,
      wrong: [`not read: ${r.message}`],
    };
  const s = scoreReading(r, c);
  return {
    report: c.report,
    flattening: c.flattening,
    right: s.right.length,
    unread: s.unread.length,
    wrong: s.wrong,
  };
}

const rows: Row[] = readingCases().map((c) => scored(c, importReportText(c.text)));

providePdfAssets(nodePdfAssets());
const pdfs = [
  {
    report: '洪泽区 2024 (real PDF)',
    file: 'fixtures/published-pdf/huaian-hongze-district-2024.pdf',
    expected: HONGZE_TABLES,
    notPrinted: HONGZE_NOT_PRINTED,
  },
  {
    report: 'app-print-chromium',
    file: 'src/import/test-support/pdf/app-print-chromium.pdf',
    expected: PDF_SAMPLE_TABLES,
  },
  {
    report: 'word-export-libreoffice',
    file: 'src/import/test-support/pdf/word-export-libreoffice.pdf',
    expected: PDF_SAMPLE_TABLES,
  },
];
for (const p of pdfs) {
  const bytes = new Uint8Array(readFileSync(join(ROOT, p.file)));
  rows.push(scored({ ...p, flattening: 'PDF bytes' }, await importReportFile(bytes, p.file)));
}

const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
if (showCases) {
  for (const r of rows) {
    console.log(
      `${r.report} · ${r.flattening}: right ${r.right}, unread ${r.unread}, wrong ${r.wrong.length}`,
    );
  }
}
for (const r of rows) for (const w of r.wrong) console.log(`WRONG ${r.report} · ${r.flattening}: ${w}`);
console.log(
  `cases ${rows.length} · cells right ${sum((r) => r.right)} · unread ${sum((r) => r.unread)} · placed wrong ${sum((r) => r.wrong.length)}`,
);
process.exitCode = sum((r) => r.wrong.length) > 0 ? 1 : 0;
