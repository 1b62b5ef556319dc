import type { ApplicantKey } from './layout/applicant-columns';
import type { MatrixRowDef } from './layout/matrix-rows';
import { MATRIX_ROWS } from './layout/matrix-rows';

/** One row of table 三 across the six applicant columns; `null` = not yet entered. */
export type ApplicantCell = { [K in ApplicantKey]: number | null };

/** The stored (non-derived) shape of a row tree: groups become objects, leaves applicant cells. */
export type MatrixShape<T extends readonly MatrixRowDef[]> = {
  [N in T[number] as N extends { derived: true } ? never : N['key']]: N extends {
    children: infer C extends readonly MatrixRowDef[];
  }
    ? MatrixShape<C>
    : ApplicantCell;
};

export type Applications = MatrixShape<typeof MATRIX_ROWS>;

/** A row of the matrix flattened for display: 25 rows in official order. */
export interface MatrixRow {
  /** Path under `applications`, e.g. `results.withheld.stateSecret`. */
  readonly key: string;
  readonly label: string;
  /** 0 for 一/二/三/四, 1 for （一）…（七）, 2 for numbered items. */
  readonly depth: number;
  /** Labels of the enclosing groups, outermost first. */
  readonly ancestors: readonly MatrixRowDef[];
  readonly def: MatrixRowDef;
  readonly derived: boolean;
}

function flatten(
  defs: readonly MatrixRowDef[],
  prefix: string,
  ancestors: readonly MatrixRowDef[],
  out: MatrixRow[],
): void {
  for (const def of defs) {
    const key = prefix ? `${prefix}.${def.key}` : def.key;
    if (def.children) {
      flatten(def.children, key, [...ancestors, def], out);
    } else {
      out.push({ key, label: def.label, depth: ancestors.length, ancestors, def, derived: !!def.derived });
    }
  }
}

/** Every body row of table 三 in official order (25 for the 2021 layout). */
export const MATRIX_FLAT_ROWS: readonly MatrixRow[] = (() => {
  const out: MatrixRow[] = [];
  flatten(MATRIX_ROWS, '', [], out);
  return out;
})();

/** The typed rows (not derived). */
export const MATRIX_INPUT_ROWS = MATRIX_FLAT_ROWS.filter((r) => !r.derived);

/** Rows summed into （七）总计: every typed leaf under 三、本年度办理结果. */
export const RESULT_LEAF_ROWS = MATRIX_INPUT_ROWS.filter((r) => r.key.startsWith('results.'));

/** Number of label columns the matrix body needs (3: 三 → （三） → 1.). */
export const MATRIX_LABEL_COLUMNS = Math.max(...MATRIX_FLAT_ROWS.map((r) => r.depth)) + 1;

/**
 * The label of table 三's row or group at `key`, a path under `applications`: `newReceived`,
 * `results.withheld` (a group), `results.total`. The key itself when the layout has none.
 */
export function matrixRowLabel(key: string): string {
  let defs: readonly MatrixRowDef[] = MATRIX_ROWS;
  let found: MatrixRowDef | undefined;
  for (const part of key.split('.')) {
    found = defs.find((d) => d.key === part);
    if (!found) return key;
    defs = found.children ?? [];
  }
  return found?.label ?? key;
}
