import type { GridCell } from '../report/table-model';
import type { ReportCell } from './report-document';

/** One slot of a table grid: the cell covering it, and where that cell starts. */
export interface GridSlot<C extends GridCell = ReportCell> {
  readonly cell: C;
  readonly row: number;
  readonly col: number;
}

/**
 * Lays rows of spanning cells out on the full grid (`width` columns), as HTML does:
 * each cell takes the next free slot of its row. Renderers that cannot express a merge
 * directly (Word's vertical merge, plain text) walk these slots.
 */
export function gridSlots<C extends GridCell>(
  rows: readonly (readonly C[])[],
  width: number,
): GridSlot<C>[][] {
  const grid: (GridSlot<C> | undefined)[][] = rows.map(() =>
    Array<GridSlot<C> | undefined>(width).fill(undefined),
  );
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]?.[c] !== undefined) c++;
      const slot: GridSlot<C> = { cell, row: r, col: c };
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = grid[r + dr];
          if (!line || c + dc >= width || line[c + dc] !== undefined) {
            throw new Error(`table cell “${cell.text ?? ''}” does not fit the grid at row ${r}`);
          }
          line[c + dc] = slot;
        }
      }
      c += cell.colSpan;
    }
  });
  return grid.map((line, r) =>
    line.map((slot, c) => {
      if (!slot) throw new Error(`table grid has a hole at row ${r}, column ${c}`);
      return slot;
    }),
  );
}
