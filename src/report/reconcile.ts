import { NUMERIC_FIELDS } from './numeric-fields';
import { getPath } from './paths';
import { cellNumber } from './totals';

// 本级报告与汇总对账: a county's (or city's) own report set cell by cell against the 汇总 of its
// approved units. Differences are shown, never blocking: whether the region's own office is
// inside the sum is local practice, so the page says what is compared.

/** The tables compared (the fee figures of 六 and last year's baseline are not summed by region). */
const COMPARED_TABLES = ['proactive.', 'applications.', 'appeals.'];

export const RECONCILED_FIELDS = NUMERIC_FIELDS.filter((f) =>
  COMPARED_TABLES.some((t) => f.path.startsWith(t)),
);

export interface ReconcileDifference {
  readonly path: string;
  readonly label: string;
  /** In the region's own report (blank counts as 0). */
  readonly own: number;
  /** In the 汇总 of the units. */
  readonly sum: number;
}

/** Every typed cell of the three tables where the region's own report and the 汇总 differ. */
export function reconcile(own: unknown, sum: unknown): ReconcileDifference[] {
  const out: ReconcileDifference[] = [];
  for (const f of RECONCILED_FIELDS) {
    const a = cellNumber(getPath(own, f.path));
    const b = cellNumber(getPath(sum, f.path));
    if (a !== b) out.push({ path: f.path, label: f.label, own: a, sum: b });
  }
  return out;
}

/**
 * The unit that files the region's own report, guessed from the names: the region's 人民政府 or
 * its 办公室 (演示县 → 演示县人民政府办公室). The supervisor can pick another on the page.
 */
export function guessOwnUnit<T extends { readonly name: string }>(
  regionName: string,
  units: readonly T[],
): T | undefined {
  return (
    units.find((u) => u.name === `${regionName}人民政府`) ??
    units.find((u) => u.name.startsWith(`${regionName}人民政府`))
  );
}

/** What is compared, in words (shown above the differences). */
export function reconcileScope(input: {
  readonly regionName: string;
  readonly ownName: string;
  readonly counted: number;
  readonly includeOwn: boolean;
}): string {
  const inside = input.includeOwn ? `（含${input.ownName}自己的报告）` : `（不含${input.ownName}自己的报告）`;
  return `比较的是：${input.ownName}报送的${input.regionName}本级报告，与${input.regionName}及所辖地区 ${input.counted} 个审核通过的单位报告的汇总${inside}，逐个比较第二、三、四部分表格中填写的数字。各地做法不同，差异仅供核对，不影响报送。`;
}
