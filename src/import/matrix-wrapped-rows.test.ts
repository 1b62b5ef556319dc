import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLines } from './lines';
import { unwrapMatrixRows } from './matrix-wrapped-rows';

const COPY = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../..',
    'fixtures/pdf-viewer-copies/haiyuan-layout-huaian-numbers.word-html-chromium.pdftotext-layout.txt',
  ),
  'utf8',
).split('\n');

/** Table 三 of the copy: from its part heading to part 四's (lines 74–190 of the file). */
const start = COPY.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
const end = COPY.findIndex((l) => l.includes('四、政府信息公开行政复议、行政诉讼情况'));
const TABLE = COPY.slice(start + 1, end);

const unwrapped = (table: readonly string[]) => unwrapMatrixRows(readLines(table.join('\n')));

describe('table 三 with wrapped row labels (pdftotext -layout of a Word page printed in Chromium)', () => {
  it('each row’s line becomes its full label and numbers; the label pieces go', () => {
    const rows = unwrapped(TABLE).filter((l) => l.cells.length > 2);
    expect(rows).toHaveLength(25);
    // read off the copy: `(三) 不 1.属于   …` is 1.属于国家秘密 under （三）不予公开
    expect(rows[4]?.cells.slice(0, 2)).toEqual(['（三）不予公开', '1.属于国家秘密']);
    expect(rows[0]?.cells).toEqual([
      '一、本年新收政府信息公开申请数量',
      '3001',
      '53',
      '0',
      '0',
      '61',
      '4',
      '3119',
    ]);
    expect(rows[23]?.cells).toEqual(['（七）总计', '2932', '53', '0', '0', '61', '4', '3050']);
    expect(unwrapped(TABLE).some((l) => l.text === '予公开 国家秘' || l.text === '密')).toBe(false);
  });

  it('a row whose first words are not its label’s leaves the whole table as it was (2.其他 printed as 2.危及)', () => {
    const changed = TABLE.map((l) => l.replace(/^(\s*)2\.其他(\s+\d)/, '$12.危及$2'));
    expect(changed).not.toEqual(TABLE);
    const lines = readLines(changed.join('\n'));
    expect(unwrapMatrixRows(lines)).toBe(lines);
  });

  it('a row left out leaves the whole table as it was (no row is shifted onto the next)', () => {
    const withoutOne = TABLE.filter((l) => !/^\s*3\.危及\s+\d/.test(l));
    expect(withoutOne).toHaveLength(TABLE.length - 1);
    const lines = readLines(withoutOne.join('\n'));
    expect(unwrapMatrixRows(lines)).toBe(lines);
  });
});
