import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReportText } from '../../src/import/import-text';
import type { Figure } from '../figure';
import { median, timeRuns } from '../stats';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'published');
const SIZE = 100 * 1024;

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
    headings: fill('一、总体情况\n三、收到和处理政府信息公开申请情况\n'),
    row_labels: fill('一、本年新收政府信息公开申请数量 1 2 3 4 5 6 21\n'),
    one_line_run_together: fill('三、本年度办理结果（一）予以公开10000012.没有现成信息'),
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
