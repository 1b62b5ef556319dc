import { describe, expect, it } from 'vitest';
import { judgeBudgets } from './judge-budgets';

const BUDGETS = { a_ms: { max: 10, unit: 'ms' }, b_kb: { max: 5, unit: 'KB' } };

describe('judgeBudgets', () => {
  it('passes a figure at or under its budget and fails one over it', () => {
    const v = judgeBudgets(
      [
        { name: 'a_ms', value: 10 },
        { name: 'b_kb', value: 5.5 },
      ],
      BUDGETS,
    );
    expect(v.passed.map((f) => f.name)).toEqual(['a_ms']);
    expect(v.over.map((f) => f.name)).toEqual(['b_kb']);
    expect(v.missing).toEqual([]);
  });

  it('a budgeted figure that was never produced is missing, not passed', () => {
    const v = judgeBudgets([{ name: 'a_ms', value: 1 }], BUDGETS);
    expect(v.missing).toEqual(['b_kb']);
  });

  it('a figure that is not a number fails, and figures without a budget are ignored', () => {
    const v = judgeBudgets(
      [
        { name: 'a_ms', value: Number.NaN },
        { name: 'b_kb', value: 1 },
        { name: 'info_only', value: 99 },
      ],
      BUDGETS,
    );
    expect(v.over.map((f) => f.name)).toEqual(['a_ms']);
    expect(v.passed.map((f) => f.name)).toEqual(['b_kb']);
  });
});
