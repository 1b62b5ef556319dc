import { describe, expect, it } from 'vitest';
import { compareTables, formatChange } from './compare';
import { sampleDraft } from './fixtures/sample-draft';
import { setPath } from './paths';

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
