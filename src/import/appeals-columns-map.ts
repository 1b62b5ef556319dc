import { APPEAL_GROUPS, APPEAL_OUTCOMES } from '../report/layout/appeals-columns';
import type { AppealGroupKey, AppealOutcomeKey } from '../report/layout/appeals-columns';
import { APPEALS_LABELS } from './appeals-labels';
import type { SourceLine } from './lines';
import { labelKey } from './normalize';

/** What one column of table 四 holds: a group's outcome, or a group's printed 总计. */
export interface AppealsColumn {
  readonly group: AppealGroupKey;
  readonly outcome: AppealOutcomeKey | 'total';
}

/** The official order: per group the four outcomes then 总计. */
export const STANDARD_APPEALS_COLUMNS: readonly AppealsColumn[] = APPEAL_GROUPS.flatMap((g) => [
  ...APPEAL_OUTCOMES.map((o) => ({ group: g.key, outcome: o.key })),
  { group: g.key, outcome: 'total' as const },
]);

/**
 * Reads the meaning of each column from tab-separated header lines: a group label covers the
 * columns to its right until the next group label of the same line (merged cells print as blanks);
 * an outcome or 总计 label names its own column. Returns undefined unless every column is named
 * once as the layout has them.
 */
export function appealsColumnsFromHeader(headers: readonly SourceLine[]): AppealsColumn[] | undefined {
  const width = Math.max(0, ...headers.map((h) => h.cells.length));
  const group: (AppealGroupKey | undefined)[] = Array.from({ length: width }, () => undefined);
  const outcome: (AppealOutcomeKey | 'total' | undefined)[] = Array.from({ length: width }, () => undefined);
  for (const line of headers) {
    let current: AppealGroupKey | 'parent' | undefined;
    for (let i = 0; i < width; i++) {
      const label = APPEALS_LABELS.exact(labelKey(line.cells[i] ?? ''));
      if (label?.kind === 'group') current = label.key;
      else if (label?.kind === 'parent') current = 'parent';
      else if (label?.kind === 'outcome' || label?.kind === 'total') {
        outcome[i] = label.kind === 'total' ? 'total' : label.key;
      }
      if (current && current !== 'parent') group[i] = current;
    }
  }
  const columns: AppealsColumn[] = [];
  for (let i = 0; i < width; i++) {
    const g = group[i];
    const o = outcome[i];
    if (g && o) columns.push({ group: g, outcome: o });
    else if (g || o) return undefined;
  }
  const seen = new Set(columns.map((c) => `${c.group}.${c.outcome}`));
  const complete = STANDARD_APPEALS_COLUMNS.every(
    (c) => c.outcome === 'total' || seen.has(`${c.group}.${c.outcome}`),
  );
  return complete && seen.size === columns.length ? columns : undefined;
}
