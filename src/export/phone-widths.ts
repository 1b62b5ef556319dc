import type { GridCell } from '../report/table-model';
import { gridSlots } from './grid-slots';
import { tablePins } from './table-pins';

/**
 * Column widths of a table on a phone, in em of the table's phone text (report-css.ts), read
 * from the table's own grid: its row-label columns (`tablePins`) are pinned at the left and
 * the number columns scroll beside them. A label column whose labels each merge several rows
 * (三、本年度办理结果, （三）不予公开) is narrow, its words running down the merged rows; the
 * innermost labels (1.属于国家秘密) get a readable line; every number column fits six digits.
 */
export const PHONE_NUMBER_EM = 3.3;
/** One character a line (padding and rule included): a merged label's words run down its rows. */
export const PHONE_MERGED_LABEL_EM = 1.8;
/** Six characters a line: the longest innermost label wraps to five lines. */
export const PHONE_LABEL_EM = 6.4;

export interface PhoneWidths {
  /** Each grid column's width (em). */
  readonly columns: readonly number[];
  /** The left offset (em) of each pinned label column, `pin-<i>`. */
  readonly pinLeft: readonly number[];
  /** The whole table (em): narrower screens scroll it sideways. */
  readonly width: number;
}

interface TableGrid<C extends GridCell> {
  readonly columnCount: number;
  readonly head: readonly (readonly C[])[];
  readonly body: readonly (readonly C[])[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Whether every label of its own (one column wide) in column `col` merges several rows. */
function mergedLabelColumn<C extends GridCell>(table: TableGrid<C>, col: number): boolean {
  const own = gridSlots(table.body, table.columnCount)
    .flat()
    .filter((s) => s.col === col && s.cell.kind === 'rowHeader' && s.cell.colSpan === 1);
  return own.length > 0 && own.every((s) => s.cell.rowSpan > 1);
}

export function phoneWidths<C extends GridCell>(table: TableGrid<C>): PhoneWidths {
  const { labelColumns } = tablePins(table);
  const columns = Array.from({ length: table.columnCount }, (_, col) =>
    col >= labelColumns
      ? PHONE_NUMBER_EM
      : mergedLabelColumn(table, col)
        ? PHONE_MERGED_LABEL_EM
        : PHONE_LABEL_EM,
  );
  const pinLeft = columns
    .slice(0, labelColumns)
    .map((_, i) => round(columns.slice(0, i).reduce((a, b) => a + b, 0)));
  return { columns, pinLeft, width: round(columns.reduce((a, b) => a + b, 0)) };
}
