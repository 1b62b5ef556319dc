import {
  APPEAL_OUTCOMES,
  APPEAL_TOTAL_LABEL,
  LITIGATION_LABEL,
  appealGroupLabel,
  appealOutcomeLabel,
} from './layout/appeals-columns';
import { matrixRowLabel } from './matrix-shape';
import { getPath } from './paths';
import { cellNumber, computeDerived } from './totals';

// The year's figures on the desk, from approved reports: each one a named formula over the
// tables, for a unit and for a region (the region's figure is the formula over the sums of its
// units, never an average of shares). No score, no ranking: a region is set beside the whole
// only when at least MIN_UNITS_TO_COMPARE units stand behind each figure.

/** Fewer units than this behind a figure: too few to compare one region with another. */
export const MIN_UNITS_TO_COMPARE = 30;

/** The sums a figure is computed from (one report's, or a region's added up). */
export interface FigureSums {
  /** Reports behind these sums. */
  readonly units: number;
  readonly newReceived: number;
  /** 新收申请 of last year, over the units whose last year's report is approved too (null: none). */
  readonly newReceivedLastYear: number | null;
  /** 新收申请 of this year over the same units as `newReceivedLastYear`. */
  readonly newReceivedBothYears: number;
  /** Units behind the year-over-year change. */
  readonly unitsBothYears: number;
  readonly handled: number;
  readonly disclosed: number;
  readonly partiallyDisclosed: number;
  readonly reconsideration: AppealSums;
  readonly litigation: AppealSums;
}

export interface AppealSums {
  readonly total: number;
  readonly corrected: number;
  readonly pending: number;
}

const OUTCOME_KEYS = APPEAL_OUTCOMES.map((o) => o.key);

function appealSums(report: unknown, groups: readonly string[]): AppealSums {
  let total = 0;
  let corrected = 0;
  let pending = 0;
  for (const g of groups) {
    for (const k of OUTCOME_KEYS) total += cellNumber(getPath(report, `appeals.${g}.${k}`));
    corrected += cellNumber(getPath(report, `appeals.${g}.corrected`));
    pending += cellNumber(getPath(report, `appeals.${g}.pending`));
  }
  return { total, corrected, pending };
}

/** One approved report's sums (`lastYear`: the same unit's approved report of the year before). */
export function reportSums(report: unknown, lastYear?: unknown): FigureSums {
  const d = computeDerived(report);
  const at = (path: string) => d.get(path) ?? 0;
  const newReceived = at('applications.newReceived.total');
  const before =
    lastYear === undefined ? null : (computeDerived(lastYear).get('applications.newReceived.total') ?? 0);
  return {
    units: 1,
    newReceived,
    newReceivedLastYear: before,
    newReceivedBothYears: before === null ? 0 : newReceived,
    unitsBothYears: before === null ? 0 : 1,
    handled: at('applications.results.total.total'),
    disclosed: at('applications.results.disclosed.total'),
    partiallyDisclosed: at('applications.results.partiallyDisclosed.total'),
    reconsideration: appealSums(report, ['reconsideration']),
    litigation: appealSums(report, ['litigationDirect', 'litigationAfterReconsideration']),
  };
}

const addAppeals = (a: AppealSums, b: AppealSums): AppealSums => ({
  total: a.total + b.total,
  corrected: a.corrected + b.corrected,
  pending: a.pending + b.pending,
});

/** Several units' sums added up (a region's). */
export function addSums(list: readonly FigureSums[]): FigureSums {
  const zero: AppealSums = { total: 0, corrected: 0, pending: 0 };
  return list.reduce<FigureSums>(
    (a, b) => ({
      units: a.units + b.units,
      newReceived: a.newReceived + b.newReceived,
      newReceivedLastYear:
        a.newReceivedLastYear === null && b.newReceivedLastYear === null
          ? null
          : (a.newReceivedLastYear ?? 0) + (b.newReceivedLastYear ?? 0),
      newReceivedBothYears: a.newReceivedBothYears + b.newReceivedBothYears,
      unitsBothYears: a.unitsBothYears + b.unitsBothYears,
      handled: a.handled + b.handled,
      disclosed: a.disclosed + b.disclosed,
      partiallyDisclosed: a.partiallyDisclosed + b.partiallyDisclosed,
      reconsideration: addAppeals(a.reconsideration, b.reconsideration),
      litigation: addAppeals(a.litigation, b.litigation),
    }),
    {
      units: 0,
      newReceived: 0,
      newReceivedLastYear: null,
      newReceivedBothYears: 0,
      unitsBothYears: 0,
      handled: 0,
      disclosed: 0,
      partiallyDisclosed: 0,
      reconsideration: zero,
      litigation: zero,
    },
  );
}

/** One figure: a count, or a share (0–1) with what it was computed from; null when its divisor is 0. */
export interface Figure {
  readonly key: FigureKey;
  readonly value: number | null;
  /** Units behind the figure (for the year-over-year change: those with both years approved). */
  readonly units: number;
}

export type FigureKey =
  | 'newReceived'
  | 'newReceivedChange'
  | 'disclosedShare'
  | 'partialShare'
  | 'reconsideration'
  | 'reconsiderationCorrectedShare'
  | 'litigation'
  | 'litigationCorrectedShare';

// The formulas' words come from the layout (its labels), never retyped.
const TOTAL = APPEAL_TOTAL_LABEL;
const HANDLED = `表三“${matrixRowLabel('results')}${matrixRowLabel('results.total')}”`;
const RECONSIDERATION = appealGroupLabel('reconsideration');
const OUTCOMES = APPEAL_OUTCOMES.map((o) => o.label).join('＋');
const correctedShare = (group: string) =>
  `${group}“${appealOutcomeLabel('corrected')}” ÷（${group}${TOTAL} − ${appealOutcomeLabel('pending')}）`;

/** Each figure's name, whether it is a share, and its formula in words (shown on the page). */
export const FIGURE_DEFS: readonly {
  readonly key: FigureKey;
  readonly label: string;
  readonly share: boolean;
  readonly formula: string;
}[] = [
  {
    key: 'newReceived',
    label: '新收申请',
    share: false,
    formula: `表三“${matrixRowLabel('newReceived')}”的${TOTAL}`,
  },
  {
    key: 'newReceivedChange',
    label: '新收申请同比变化',
    share: true,
    formula: '（本年新收申请 − 上年新收申请）÷ 上年新收申请，只计两年报告都已审核通过的单位',
  },
  {
    key: 'disclosedShare',
    label: '予以公开占比',
    share: true,
    formula: `表三“${matrixRowLabel('results.disclosed')}”${TOTAL} ÷ ${HANDLED}`,
  },
  {
    key: 'partialShare',
    label: '部分公开占比',
    share: true,
    formula: `表三“${matrixRowLabel('results.partiallyDisclosed')}”${TOTAL} ÷ ${HANDLED}`,
  },
  {
    key: 'reconsideration',
    label: RECONSIDERATION,
    share: false,
    formula: `表四${RECONSIDERATION}的${TOTAL}（${OUTCOMES}）`,
  },
  {
    key: 'reconsiderationCorrectedShare',
    label: `${RECONSIDERATION}纠正占比`,
    share: true,
    formula: correctedShare(RECONSIDERATION),
  },
  {
    key: 'litigation',
    label: LITIGATION_LABEL,
    share: false,
    formula: `表四${LITIGATION_LABEL}（${appealGroupLabel('litigationDirect')}＋${appealGroupLabel('litigationAfterReconsideration')}）的${TOTAL}`,
  },
  {
    key: 'litigationCorrectedShare',
    label: `${LITIGATION_LABEL}纠正占比`,
    share: true,
    formula: correctedShare(LITIGATION_LABEL),
  },
];

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The figures of a unit's or a region's sums. */
export function figuresOf(s: FigureSums): Figure[] {
  const values: Record<FigureKey, [number | null, number]> = {
    newReceived: [s.newReceived, s.units],
    newReceivedChange: [
      s.newReceivedLastYear === null
        ? null
        : ratio(s.newReceivedBothYears - s.newReceivedLastYear, s.newReceivedLastYear),
      s.unitsBothYears,
    ],
    disclosedShare: [ratio(s.disclosed, s.handled), s.units],
    partialShare: [ratio(s.partiallyDisclosed, s.handled), s.units],
    reconsideration: [s.reconsideration.total, s.units],
    reconsiderationCorrectedShare: [
      ratio(s.reconsideration.corrected, s.reconsideration.total - s.reconsideration.pending),
      s.units,
    ],
    litigation: [s.litigation.total, s.units],
    litigationCorrectedShare: [
      ratio(s.litigation.corrected, s.litigation.total - s.litigation.pending),
      s.units,
    ],
  };
  return FIGURE_DEFS.map((d) => ({ key: d.key, value: values[d.key][0], units: values[d.key][1] }));
}

/** Whether a region's figure may be set beside another's: enough units behind it. */
export function comparable(f: Figure): boolean {
  return f.units >= MIN_UNITS_TO_COMPARE;
}

/** A figure as the page and the CSV write it: 1234 / 12.3% / 上升 5.0% / — (no divisor). */
export function figureText(f: Figure): string {
  if (f.value === null) return '—';
  const def = FIGURE_DEFS.find((d) => d.key === f.key);
  if (!def?.share) return String(f.value);
  const pct = (v: number) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;
  if (f.key !== 'newReceivedChange') return pct(f.value);
  if (f.value === 0) return '持平';
  return f.value > 0 ? `上升 ${pct(f.value)}` : `下降 ${pct(-f.value)}`;
}
