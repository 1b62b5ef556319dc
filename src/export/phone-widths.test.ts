import { describe, expect, it } from 'vitest';
import { gridTable } from '../report/table-model';
import { PHONE_LABEL_EM, PHONE_MERGED_LABEL_EM, PHONE_NUMBER_EM, phoneWidths } from './phone-widths';

const numbers = (n: number) => Array<number>(n).fill(PHONE_NUMBER_EM);

describe('phoneWidths', () => {
  it('table 三: two narrow merged-label columns, one readable label column, seven number columns', () => {
    const w = phoneWidths(gridTable('applications'));
    expect(w.columns).toEqual([PHONE_MERGED_LABEL_EM, PHONE_MERGED_LABEL_EM, PHONE_LABEL_EM, ...numbers(7)]);
    expect(w.pinLeft).toEqual([0, 1.8, 3.6]);
    expect(w.width).toBe(33.1);
  });

  it('table 二: its one label column (规章 …) readable, three number columns', () => {
    const w = phoneWidths(gridTable('proactive'));
    expect(w.columns).toEqual([PHONE_LABEL_EM, ...numbers(3)]);
    expect(w.pinLeft).toEqual([0]);
    expect(w.width).toBe(16.3);
  });

  it('table 四: fifteen number columns and nothing pinned', () => {
    const w = phoneWidths(gridTable('appeals'));
    expect(w.columns).toEqual(numbers(15));
    expect(w.pinLeft).toEqual([]);
    expect(w.width).toBe(49.5);
  });
});
