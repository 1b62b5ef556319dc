import { MATRIX_COLUMN_KEYS, matrixColumnLabel } from './layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES, APPEAL_TOTAL_LABEL } from './layout/appeals-columns';
import { PROACTIVE_BLOCKS, proactivePath } from './layout/proactive-blocks';
import { MATRIX_FLAT_ROWS } from './matrix-shape';
import { matrixRowName } from './numeric-fields';
import type { TableId } from './table-model';

/**
 * The three tables as flat lines — one per data row, with its label and the paths of its
 * values in the official column order — for CSV, text and county sums.
 */
export interface TableLine {
  readonly table: TableId;
  readonly label: string;
  readonly columns: readonly string[];
  readonly paths: readonly string[];
}

function proactiveLines(): TableLine[] {
  return PROACTIVE_BLOCKS.flatMap((block) =>
    block.rows.map((row) => ({
      table: 'proactive' as const,
      label: `${block.heading} ${row.label}`,
      columns: block.columns.map((c) => c.label),
      paths:
        block.columns.length > 1
          ? block.columns.map((c) => proactivePath(block, row.key, c))
          : [proactivePath(block, row.key, undefined)],
    })),
  );
}

function matrixLines(): TableLine[] {
  return MATRIX_FLAT_ROWS.map((row) => ({
    table: 'applications' as const,
    label: matrixRowName(row),
    columns: MATRIX_COLUMN_KEYS.map(matrixColumnLabel),
    paths: MATRIX_COLUMN_KEYS.map((c) => `applications.${row.key}.${c}`),
  }));
}

function appealLines(): TableLine[] {
  const keys = [
    ...APPEAL_OUTCOMES.map((o) => ({ key: o.key, label: o.label })),
    { key: 'total', label: APPEAL_TOTAL_LABEL },
  ];
  return APPEAL_GROUPS.map((g) => ({
    table: 'appeals' as const,
    label: g.parent ? `${g.parent} ${g.label}` : g.label,
    columns: keys.map((k) => k.label),
    paths: keys.map((k) => `appeals.${g.key}.${k.key}`),
  }));
}

export const TABLE_LINES: readonly TableLine[] = [...proactiveLines(), ...matrixLines(), ...appealLines()];

/** Consecutive lines with the same columns, grouped: each group is drawn as one small table. */
export function groupByColumns<T>(items: readonly T[], columnsOf: (item: T) => readonly string[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    const first = last?.[0];
    if (last && first !== undefined && columnsOf(first).join('\u0000') === columnsOf(item).join('\u0000')) {
      last.push(item);
    } else {
      groups.push([item]);
    }
  }
  return groups;
}
