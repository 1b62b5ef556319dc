import { describe, expect, it } from 'vitest';
import { APPEALS_READINGS } from './appeals-table';
import { toLines } from './lines';
import { looseNumbers } from './loose-numbers';
import { APPEALS_READER, MATRIX_READER, PROACTIVE_READER, TABLE_READERS } from './table-readers';

describe('the table readers', () => {
  it('one reader per table, in the report’s order', () => {
    expect(TABLE_READERS.map((r) => [r.part, r.name])).toEqual([
      ['proactive', '表二'],
      ['applications', '表三'],
      ['appeals', '表四'],
    ]);
    expect([PROACTIVE_READER, MATRIX_READER, APPEALS_READER]).toEqual([...TABLE_READERS]);
  });
});

describe('loose numbers', () => {
  it('a line of numbers only gives each number’s text; anything else gives none', () => {
    expect(looseNumbers(' 12 1 1 6 20 ')).toEqual(['12', '1', '1', '6', '20']);
    expect(looseNumbers('3,119')).toEqual(['3,119']);
    expect(looseNumbers('规章 1')).toBeUndefined();
    expect(looseNumbers('1.5')).toBeUndefined();
  });
});

describe('table 四’s grid reading', () => {
  it('a data row of 15 cells is read in the standard column order', () => {
    const [row] = toLines('1\t2\t0\t0\t3\t0\t0\t0\t0\t0\t4\t0\t0\t0\t4');
    const r = row ? APPEALS_READINGS.grid(row, []) : undefined;
    const value = (p: string) => r?.numbers.find((n) => n.path === `appeals.${p}`)?.value;
    expect(value('reconsideration.upheld')).toBe(1);
    expect(value('reconsideration.corrected')).toBe(2);
    expect(value('litigationAfterReconsideration.upheld')).toBe(4);
    expect(r?.printed).toContainEqual({ path: 'appeals.reconsideration.total', printed: 3 });
  });

  it('a data row of 7 cells fits no header: no reading', () => {
    const [row] = toLines('1\t2\t0\t0\t3\t0\t0');
    expect(row ? APPEALS_READINGS.grid(row, []) : 'no row').toBeUndefined();
  });
});

describe('table 四’s loose-number reading', () => {
  const loose = (texts: string[], lines: number[]) => ({
    texts,
    values: texts.map((t) => ({ value: Number(t), run: 0 })),
    lines: new Set(lines),
    firstLine: lines[0] ?? 0,
  });

  it('fifteen numbers on one line (a PDF viewer’s layout copy) are read in column order', () => {
    const r = APPEALS_READINGS.loose(loose('1 1 0 0 2 1 0 0 0 1 2 0 1 0 3'.split(' '), [7]));
    const value = (p: string) => r?.numbers.find((n) => n.path === `appeals.${p}`)?.value;
    expect(value('reconsideration.corrected')).toBe(1);
    expect(value('litigationDirect.upheld')).toBe(1);
    expect(value('litigationAfterReconsideration.other')).toBe(1);
  });

  it('no loose numbers: no reading', () => {
    expect(APPEALS_READINGS.loose(loose([], []))).toBeUndefined();
  });

  it('eight numbers fit no reading: all listed as not placed', () => {
    const r = APPEALS_READINGS.loose(loose('1 2 3 4 5 6 7 8'.split(' '), [3]));
    expect(r?.numbers).toEqual([]);
    expect(r?.unmapped[0]?.text).toBe('1 2 3 4 5 6 7 8');
  });
});
