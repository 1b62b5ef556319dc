import { describe, expect, it } from 'vitest';
import { compareTables, formatChange } from './compare';
import { sampleDraft } from './fixtures/sample-draft';
import { setPath } from './paths';
import { TABLE_LINES, groupByColumns } from './table-rows';

describe('compareTables', () => {
  it('gives now, before and the change of every cell, totals included', () => {
    const before = sampleDraft();
    const now = setPath(sampleDraft(), 'applications.newReceived.natural', 43);
    const lines = compareTables(now, before);
    const row = lines.find((l) => l.line.label === '一、本年新收政府信息公开申请数量');
    expect(row?.cells[0]).toEqual({
      path: 'applications.newReceived.natural',
      now: 43,
      before: 40,
      change: 3,
    });
    expect(row?.cells[6]).toMatchObject({
      path: 'applications.newReceived.total',
      now: 52,
      before: 49,
      change: 3,
    });
    const unchanged = lines.flatMap((l) => l.cells).filter((c) => c.change !== 0);
    expect(unchanged.map((c) => c.path)).toEqual([
      'applications.newReceived.natural',
      'applications.newReceived.total',
    ]);
  });

  it('formats changes with signs', () => {
    expect([formatChange(3), formatChange(-2), formatChange(0)]).toEqual(['+3', '−2', '0']);
  });
});

describe('groupByColumns', () => {
  it('puts consecutive lines with the same columns together, in order', () => {
    const lines = [
      { id: 1, columns: ['a', 'b'] },
      { id: 2, columns: ['a', 'b'] },
      { id: 3, columns: ['c'] },
      { id: 4, columns: ['a', 'b'] },
    ];
    expect(groupByColumns(lines, (l) => l.columns).map((g) => g.map((l) => l.id))).toEqual([
      [1, 2],
      [3],
      [4],
    ]);
  });

  it('splits table 二 into its blocks and keeps 三 as one table', () => {
    const groups = groupByColumns(TABLE_LINES, (l) => l.columns);
    expect(groups.map((g) => [g[0]?.table, g.length])).toEqual([
      ['proactive', 2],
      ['proactive', 3],
      ['proactive', 1],
      ['applications', 25],
      ['appeals', 3],
    ]);
  });
});
