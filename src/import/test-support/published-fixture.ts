import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real published reports (`fixtures/published/` in this repository), for tests. */
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..', 'fixtures/published');

/** One published report's text, by file name. */
export function publishedFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/**
 * Huaian's report with part 四's numbers in the page's own order (each group's four outcomes, then
 * its 总计), as the PDF prints them: a report the importer reads in full. (The fixture's own text
 * runs the two 诉讼 groups out of order, and those cells are rightly left unread.)
 */
export function withAppealsInPageOrder(text: string): string {
  const from = text.indexOf('四、政府信息公开行政复议、行政诉讼情况\n');
  const to = text.indexOf('\n五、存在的主要问题及改进情况');
  if (from < 0 || to < 0) throw new Error('fixture changed');
  const numbers = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];
  return `${text.slice(0, from)}四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n${numbers.join('\n')}${text.slice(to)}`;
}
