import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReportText } from '../../src/import/import-text';
import { partById } from '../../src/report/layout/parts';
import { MATRIX_ROWS } from '../../src/report/layout/matrix-rows';
import { MATRIX_FLAT_ROWS } from '../../src/report/matrix-shape';
import type { Figure } from '../figure';
import { median, timeRuns } from '../stats';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'published');
const SIZE = 100 * 1024;

/** The layout's label of a table 三 row (`results.disclosed` → （一）予以公开). */
const row = (key: string) => MATRIX_FLAT_ROWS.find((r) => r.key === key)?.label ?? key;
const resultsGroup = MATRIX_ROWS.find((r) => r.key === 'results')?.label ?? '';

/** `piece` repeated to 100 KB. */
const fill = (piece: string) => piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);

/**
 * 100 KB texts built to be slow to read: very many short lines, every line a heading or a row
 * label, one line of run-together digits and labels, a real report repeated.
 */
function hostileTexts(): Record<string, string> {
  const report = readFileSync(join(FIXTURES, 'huaian-city-2024.txt'), 'utf8');
  return {
    short_lines: fill('0\n'),
    headings: fill(`${partById('overview').heading}\n${partById('applications').heading}\n`),
    row_labels: fill(`${row('newReceived')} 1 2 3 4 5 6 21\n`),
    one_line_run_together: fill(
      `${resultsGroup}${row('results.disclosed')}1000001${row('results.unavailable.needsCreation')}`,
    ),
    parentheses: fill('（一）（二）'),
    report_repeated: fill(report),
    random_digits: fill('8201937465 '),
  };
}

/** The slowest 100 KB hostile text (the importer's budget is 50 ms for it), and which one it was. */
export async function hostileImportFigures(): Promise<Figure[]> {
  let worst = { name: '', ms: 0 };
  for (const [name, text] of Object.entries(hostileTexts())) {
    const ms = median(await timeRuns(5, () => importReportText(text)));
    if (ms > worst.ms) worst = { name, ms };
  }
  process.stderr.write(`  (slowest 100 KB hostile text: ${worst.name})\n`);
  return [{ name: 'import_hostile_100kb_ms', value: worst.ms }];
}
