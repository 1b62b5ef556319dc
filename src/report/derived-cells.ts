import { APPLICANT_KEYS, TOTAL_KEY } from './layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES, APPEAL_TOTAL_LABEL } from './layout/appeals-columns';
import { RESULTS_TOTAL_ROW } from './layout/matrix-rows';
import { MATRIX_FLAT_ROWS, RESULT_LEAF_ROWS } from './matrix-shape';
import { matrixCellName } from './numeric-fields';

/**
 * Every computed cell of the report, as data: its path and the paths it sums.
 * Ordered so that a cell's sources are computed before it (R2 column totals first,
 * then R1 row totals, then R4 appeal totals).
 */
export interface DerivedCell {
  readonly path: string;
  readonly label: string;
  readonly rule: 'R1' | 'R2' | 'R4';
  readonly sources: readonly string[];
}

function build(): DerivedCell[] {
  const out: DerivedCell[] = [];
  const resultsTotal = MATRIX_FLAT_ROWS.find((r) => r.key === RESULTS_TOTAL_ROW);
  if (!resultsTotal) throw new Error(`layout lacks the ${RESULTS_TOTAL_ROW} row`);
  for (const col of APPLICANT_KEYS) {
    out.push({
      path: `applications.${RESULTS_TOTAL_ROW}.${col}`,
      label: matrixCellName(resultsTotal, col),
      rule: 'R2',
      sources: RESULT_LEAF_ROWS.map((r) => `applications.${r.key}.${col}`),
    });
  }
  for (const row of MATRIX_FLAT_ROWS) {
    out.push({
      path: `applications.${row.key}.${TOTAL_KEY}`,
      label: matrixCellName(row, TOTAL_KEY),
      rule: row.key === RESULTS_TOTAL_ROW ? 'R2' : 'R1',
      sources: APPLICANT_KEYS.map((c) => `applications.${row.key}.${c}`),
    });
  }
  for (const group of APPEAL_GROUPS) {
    const groupName = group.parent ? `${group.parent} ${group.label}` : group.label;
    out.push({
      path: `appeals.${group.key}.${TOTAL_KEY}`,
      label: `${groupName} · ${APPEAL_TOTAL_LABEL}`,
      rule: 'R4',
      sources: APPEAL_OUTCOMES.map((o) => `appeals.${group.key}.${o.key}`),
    });
  }
  return out;
}

export const DERIVED_CELLS: readonly DerivedCell[] = build();

const BY_PATH = new Map(DERIVED_CELLS.map((d) => [d.path, d]));

export function derivedCell(path: string): DerivedCell | undefined {
  return BY_PATH.get(path);
}

/** The derived cells that read `path` directly or through another derived cell. */
export function dependentsOf(path: string): DerivedCell[] {
  const hit = new Set<string>([path]);
  const out: DerivedCell[] = [];
  for (const cell of DERIVED_CELLS) {
    if (cell.sources.some((s) => hit.has(s))) {
      hit.add(cell.path);
      out.push(cell);
    }
  }
  return out;
}
