import { describe, expect, it } from 'vitest';
import { GRID_TABLES } from '../report/table-model';
import { columnPercents } from './table-widths';

describe('columnPercents', () => {
  it.each(GRID_TABLES.map((t) => [t.id, t] as const))(
    '%s: one width per grid column, summing to 100%%',
    (_id, t) => {
      const widths = columnPercents(t);
      expect(widths).toHaveLength(t.columnCount);
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    },
  );

  it('gives table 四 (numbers only) fifteen equal widths', () => {
    expect(columnPercents({ id: 'appeals', columnCount: 15 })).toEqual(Array<number>(15).fill(100 / 15));
  });

  it('falls back to equal widths when the column count does not match', () => {
    expect(columnPercents({ id: 'proactive', columnCount: 5 })).toEqual([20, 20, 20, 20, 20]);
  });
});
