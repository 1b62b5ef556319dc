import { APPLICANT_COLUMNS, matrixColumnLabel } from './layout/applicant-columns';
import type { MatrixColumnKey } from './layout/applicant-columns';
import { APPEAL_GROUPS, APPEAL_OUTCOMES } from './layout/appeals-columns';
import { PROCESSING_FEE_FIELDS, YUAN_DECIMALS } from './layout/parts';
import { FEE_AMOUNT_DECIMALS, PROACTIVE_BLOCKS, proactivePath } from './layout/proactive-blocks';
import { BASELINE_LABELS } from './layout/meta-fields';
import type { MatrixRow } from './matrix-shape';
import { MATRIX_INPUT_ROWS } from './matrix-shape';

/**
 * `count`: integer ≥ 0. `amountWan`: decimal ≥ 0 in 万元, ≤ 4 decimals.
 * `amountYuan`: decimal ≥ 0 in 元, ≤ 2 decimals.
 */
export type NumberKind = 'count' | 'amountWan' | 'amountYuan';

export interface NumericField {
  readonly path: string;
  readonly kind: NumberKind;
  /** The cell described in Chinese, e.g. the row label of 一 followed by ` · 自然人`. */
  readonly label: string;
}

export const MAX_DECIMALS: Record<NumberKind, number> = {
  count: 0,
  amountWan: FEE_AMOUNT_DECIMALS,
  amountYuan: YUAN_DECIMALS,
};

/** How a matrix row is named in messages: its own label, prefixed by its groups. */
export function matrixRowName(row: Pick<MatrixRow, 'label' | 'ancestors'>): string {
  return [...row.ancestors.map((a) => a.label), row.label].join(' ');
}

export function matrixCellName(row: Pick<MatrixRow, 'label' | 'ancestors'>, col: MatrixColumnKey): string {
  return `${matrixRowName(row)} · ${matrixColumnLabel(col)}`;
}

function buildFields(): NumericField[] {
  const out: NumericField[] = [];
  for (const block of PROACTIVE_BLOCKS) {
    for (const row of block.rows) {
      for (const col of block.columns) {
        out.push({
          path: proactivePath(block, row.key, col),
          kind: block.kind,
          label: `${row.label} · ${col.label}`,
        });
      }
    }
  }
  for (const row of MATRIX_INPUT_ROWS) {
    for (const col of APPLICANT_COLUMNS) {
      out.push({
        path: `applications.${row.key}.${col.key}`,
        kind: 'count',
        label: matrixCellName(row, col.key),
      });
    }
  }
  for (const group of APPEAL_GROUPS) {
    const groupName = group.parent ? `${group.parent} ${group.label}` : group.label;
    for (const outcome of APPEAL_OUTCOMES) {
      out.push({
        path: `appeals.${group.key}.${outcome.key}`,
        kind: 'count',
        label: `${groupName} · ${outcome.label}`,
      });
    }
  }
  for (const fee of PROCESSING_FEE_FIELDS) {
    out.push({
      path: `otherMatters.processingFees.${fee.key}`,
      kind: fee.kind,
      label: `信息处理费 · ${fee.label}（${fee.unit}）`,
    });
  }
  return out;
}

/** Every typed number of the report (baseline excluded), in report order. */
export const NUMERIC_FIELDS: readonly NumericField[] = buildFields();

/** The numbers taken from last year's report, kept for the cross-year checks. */
export const BASELINE_FIELDS: readonly NumericField[] = [
  ...APPLICANT_COLUMNS.map((c) => ({
    path: `baseline.carriedForward.${c.key}`,
    kind: 'count' as const,
    label: `${BASELINE_LABELS.carriedForward} · ${c.label}`,
  })),
  { path: 'baseline.regulationsInForce', kind: 'count', label: BASELINE_LABELS.regulationsInForce },
  {
    path: 'baseline.normativeDocumentsInForce',
    kind: 'count',
    label: BASELINE_LABELS.normativeDocumentsInForce,
  },
];

const BY_PATH = new Map([...NUMERIC_FIELDS, ...BASELINE_FIELDS].map((f) => [f.path, f]));

export function numericField(path: string): NumericField | undefined {
  return BY_PATH.get(path);
}
