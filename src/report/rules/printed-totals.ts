import { derivedCell } from '../derived-cells';
import type { Finding } from '../findings';
import type { DerivedValues } from '../totals';

/** A total printed in a published report, to be compared with the recomputed one. */
export interface PrintedTotal {
  readonly path: string;
  readonly printed: number;
}

/** R1/R2/R4: a printed total that disagrees with the sum of its cells. */
export function printedTotalFindings(printed: readonly PrintedTotal[], derived: DerivedValues): Finding[] {
  const out: Finding[] = [];
  for (const p of printed) {
    const cell = derivedCell(p.path);
    const computed = derived.get(p.path);
    if (!cell || computed === undefined || computed === p.printed) continue;
    out.push({
      rule: cell.rule,
      severity: 'error',
      path: p.path,
      message: `“${cell.label}”印为 ${p.printed}，但按各项相加应为 ${computed}（相差 ${p.printed - computed}）。`,
      printed: p.printed,
      computed,
    });
  }
  return out;
}
