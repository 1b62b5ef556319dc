import { gridSlots } from './grid-slots';
import type { ReportCell, ReportTable } from './report-document';

/**
 * The row-label columns of a table (the leading columns in which no number starts), and
 * for each cell wholly inside them, the column it starts in. On a phone those cells stay
 * pinned at the left while the numbers scroll sideways, so every number stays beside its
 * row label. Table 四 has none (its one body row is all numbers).
 */
export interface TablePins {
  readonly labelColumns: number;
  /** Start column of each pinned cell (head and body). */
  readonly columnOf: ReadonlyMap<ReportCell, number>;
}

type TableGrid = Pick<ReportTable, 'head' | 'body' | 'columnCount'>;

function labelColumnCount(table: TableGrid): number {
  const grid = gridSlots(table.body, table.columnCount);
  let n = 0;
  while (n < table.columnCount && grid.every((line) => line[n]?.cell.kind !== 'value')) n++;
  return n;
}

export function tablePins(table: TableGrid): TablePins {
  const labelColumns = table.body.length > 0 ? labelColumnCount(table) : 0;
  const columnOf = new Map<ReportCell, number>();
  for (const rows of [table.head, table.body]) {
    for (const line of gridSlots(rows, table.columnCount)) {
      for (const slot of line) {
        if (slot.col + slot.cell.colSpan <= labelColumns) columnOf.set(slot.cell, slot.col);
      }
    }
  }
  return { labelColumns, columnOf };
}
