import { matrixRowLabel } from '../matrix-shape';
import { MATRIX_COLUMN_KEYS, TOTAL_KEY, matrixColumnLabel } from '../layout/applicant-columns';
import { RESULTS_TOTAL_ROW } from '../layout/matrix-rows';
import type { Finding } from '../findings';
import type { DerivedValues } from '../totals';
import { valueAt } from '../totals';

/** The four rows of the 勾稽关系 (一 + 二 = 三（七）总计 + 四), as paths under `applications`. */
export const BALANCE_ROWS = {
  newReceived: 'newReceived',
  carriedOver: 'carriedOver',
  resultsTotal: RESULTS_TOTAL_ROW,
  carriedForward: 'carriedForward',
} as const;

/** The 总计 of the four 勾稽关系 rows: the totals of table 三 a reader checks first. */
export const BALANCE_TOTAL_PATHS: readonly string[] = [
  BALANCE_ROWS.newReceived,
  BALANCE_ROWS.carriedOver,
  BALANCE_ROWS.resultsTotal,
  BALANCE_ROWS.carriedForward,
].map((row) => `applications.${row}.${TOTAL_KEY}`);

export interface ColumnBalance {
  readonly column: (typeof MATRIX_COLUMN_KEYS)[number];
  /** 一 + 二 */
  readonly incoming: number;
  /** （七）总计 + 四 */
  readonly outgoing: number;
  /** incoming − outgoing */
  readonly difference: number;
}

/** The 勾稽关系 of one column (blank cells count as 0). */
export function columnBalance(
  draft: unknown,
  derived: DerivedValues,
  column: (typeof MATRIX_COLUMN_KEYS)[number],
): ColumnBalance {
  const at = (row: string) => valueAt(draft, derived, `applications.${row}.${column}`) ?? 0;
  const incoming = at(BALANCE_ROWS.newReceived) + at(BALANCE_ROWS.carriedOver);
  const outgoing = at(BALANCE_ROWS.resultsTotal) + at(BALANCE_ROWS.carriedForward);
  return { column, incoming, outgoing, difference: incoming - outgoing };
}

/** The 勾稽关系's two sides, in the words of the matrix's corner cell (short forms for the grid). */
export const BALANCE_WORDS = {
  name: '勾稽关系',
  sides: '第一项加第二项 / 第三项（七）加第四项',
  /** Which way an imbalance goes, in the fewest characters (the grid's balance row). */
  shortSide: (difference: number) => (difference > 0 ? '一+二 多' : '一+二 少'),
} as const;

/** How an imbalance reads in Chinese, e.g. `第一项加第二项之和比第三项加第四项之和多 2 件`. */
export function describeImbalance(difference: number): string {
  if (difference === 0) return '第一项加第二项之和等于第三项加第四项之和';
  const more = difference > 0;
  return `第一项加第二项之和比第三项加第四项之和${more ? '多' : '少'} ${Math.abs(difference)} 件`;
}

/**
 * R3: one error per column whose 勾稽关系 is broken, at its （七）总计 cell. The 总计
 * column is the sum of the six others, so it can only break when one of them does;
 * its finding is then left out as a repeat (the balance indicator still shows it).
 */
export function balanceFindings(draft: unknown, derived: DerivedValues): Finding[] {
  const out: Finding[] = [];
  for (const column of MATRIX_COLUMN_KEYS) {
    const b = columnBalance(draft, derived, column);
    if (b.difference === 0) continue;
    if (column === TOTAL_KEY && out.length > 0) continue;
    out.push({
      rule: 'R3',
      severity: 'error',
      path: `applications.${RESULTS_TOTAL_ROW}.${column}`,
      message: `“${matrixColumnLabel(column)}”列${BALANCE_WORDS.name}不成立：第一项加第二项之和为 ${b.incoming}，第三项${matrixRowLabel(RESULTS_TOTAL_ROW)}加第四项之和为 ${b.outgoing}，${describeImbalance(b.difference)}。`,
      difference: b.difference,
    });
  }
  return out;
}
