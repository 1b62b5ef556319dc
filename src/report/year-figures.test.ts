import { describe, expect, it } from 'vitest';
import { emptyDraft } from './empty-draft';
import { setPath } from './paths';
import type { Draft } from './schema';
import {
  FIGURE_DEFS,
  MIN_UNITS_TO_COMPARE,
  addSums,
  comparable,
  figureText,
  figuresOf,
  reportSums,
} from './year-figures';

function withCells(cells: Record<string, number>, year = 2025): Draft {
  return Object.entries(cells).reduce((d, [path, v]) => setPath(d, path, v), emptyDraft('单位', year));
}

/** Unit A: 12 received (10 + 2), 10 handled (6 公开, 3 部分, 1 国家秘密); appeals below. */
const A = withCells({
  'applications.newReceived.natural': 10,
  'applications.newReceived.commercial': 2,
  'applications.results.disclosed.natural': 6,
  'applications.results.partiallyDisclosed.natural': 3,
  'applications.results.withheld.stateSecret.natural': 1,
  // 复议: 维持 2, 纠正 1, 尚未审结 1 → 总计 4, 已审结 3.
  'appeals.reconsideration.upheld': 2,
  'appeals.reconsideration.corrected': 1,
  'appeals.reconsideration.pending': 1,
  // 诉讼: 直接起诉 纠正 1 维持 1, 复议后起诉 尚未审结 2 → 总计 4, 已审结 2.
  'appeals.litigationDirect.corrected': 1,
  'appeals.litigationDirect.upheld': 1,
  'appeals.litigationAfterReconsideration.pending': 2,
});
const A_LAST_YEAR = withCells({ 'applications.newReceived.natural': 8 }, 2024);
/** Unit B: 20 received, 5 handled, all 公开; no report last year. */
const B = withCells({
  'applications.newReceived.natural': 20,
  'applications.results.disclosed.legal': 5,
});

const byKey = (s: ReturnType<typeof figuresOf>) => Object.fromEntries(s.map((f) => [f.key, figureText(f)]));

describe("the year's figures", () => {
  it('a unit: each figure by its formula, worked out by hand', () => {
    expect(byKey(figuresOf(reportSums(A, A_LAST_YEAR)))).toEqual({
      newReceived: '12',
      newReceivedChange: '上升 50.0%', // (12 − 8) ÷ 8
      disclosedShare: '60.0%', // 6 ÷ 10
      partialShare: '30.0%', // 3 ÷ 10
      reconsideration: '4',
      reconsiderationCorrectedShare: '33.3%', // 1 ÷ (4 − 1)
      litigation: '4',
      litigationCorrectedShare: '50.0%', // 1 ÷ (4 − 2)
    });
  });

  it('a region: the formulas over the sums of its units, the change only over units with both years', () => {
    const region = addSums([reportSums(A, A_LAST_YEAR), reportSums(B)]);
    expect(region.units).toBe(2);
    const figures = figuresOf(region);
    expect(byKey(figures)).toEqual({
      newReceived: '32', // 12 + 20
      newReceivedChange: '上升 50.0%', // A only: (12 − 8) ÷ 8
      disclosedShare: '73.3%', // (6 + 5) ÷ (10 + 5)
      partialShare: '20.0%', // 3 ÷ 15
      reconsideration: '4',
      reconsiderationCorrectedShare: '33.3%',
      litigation: '4',
      litigationCorrectedShare: '50.0%',
    });
    expect(figures.find((f) => f.key === 'newReceivedChange')?.units).toBe(1);
  });

  it('says a fall and no change in words', () => {
    expect(figureText({ key: 'newReceivedChange', value: -0.25, units: 1 })).toBe('下降 25.0%');
    expect(figureText({ key: 'newReceivedChange', value: 0, units: 1 })).toBe('持平');
  });

  it('no divisor: — rather than 0%; no last year: no change', () => {
    expect(byKey(figuresOf(reportSums(emptyDraft('空', 2025))))).toMatchObject({
      newReceived: '0',
      newReceivedChange: '—',
      disclosedShare: '—',
      reconsiderationCorrectedShare: '—',
    });
  });

  it('compares a region only with 30 units or more behind the figure', () => {
    expect(MIN_UNITS_TO_COMPARE).toBe(30);
    const sums = (n: number) => addSums(Array.from({ length: n }, () => reportSums(B)));
    expect(comparable(figuresOf(sums(29))[0]!)).toBe(false);
    expect(comparable(figuresOf(sums(30))[0]!)).toBe(true);
  });

  it('names a formula for every figure', () => {
    expect(FIGURE_DEFS.every((d) => d.formula.length > 0)).toBe(true);
    expect(FIGURE_DEFS.map((d) => d.key)).toEqual(figuresOf(reportSums(A)).map((f) => f.key));
  });
});
