import type { GridCell } from '../report/table-model';
import { gridSlots } from './grid-slots';
import type { ReportCell } from './report-document';

/**
 * The row-label columns of a table (the leading columns in which no number starts), and
 * for each cell wholly inside them, the column it starts in. On a phone those cells stay
 * pinned at the left while the numbers scroll sideways, so every number stays beside its
 * row label. Table 四 has none (its one body row is all numbers).
 */
export interface TablePins<C extends GridCell = ReportCell> {
  readonly labelColumns: number;
  /** Start column of each pinned cell (head and body). */
  readonly columnOf: ReadonlyMap<C, number>;
}

/** The grid of a printed table (`ReportTable`) or of the layout's own (`GridTable`, the forms). */
interface TableGrid<C extends GridCell> {
  readonly columnCount: number;
  readonly head: readonly (readonly C[])[];
  readonly body: readonly (readonly C[])[];
}

function labelColumnCount<C extends GridCell>(table: TableGrid<C>): number {
  const grid = gridSlots(table.body, table.columnCount);
  let n = 0;
  while (n < table.columnCount && grid.every((line) => line[n]?.cell.kind !== 'value')) n++;
  return n;
}

export function tablePins<C extends GridCell>(table: TableGrid<C>): TablePins<C> {
  const labelColumns = table.body.length > 0 ? labelColumnCount(table) : 0;
  const columnOf = new Map<C, number>();
  for (const rows of [table.head, table.body]) {
    for (const line of gridSlots(rows, table.columnCount)) {
      for (const slot of line) {
        if (slot.col + slot.cell.colSpan <= labelColumns) columnOf.set(slot.cell, slot.col);
      }
    }
  }
  return { labelColumns, columnOf };
}
