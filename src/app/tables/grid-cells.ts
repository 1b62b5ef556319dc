import type { GridCell } from '../../report/table-model';

/** A typed (input) cell of a table body with its slot on the table's column grid. */
export interface TypedSlot {
  readonly path: string;
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
}

/**
 * Lays body rows out on the column grid (row and column spans resolved as the
 * browser does) and returns the typed value cells, row by row, left to right.
 * Derived cells and labels are left out: they are never typed into.
 */
export function typedSlots(rows: readonly (readonly GridCell[])[]): TypedSlot[] {
  const taken: boolean[][] = rows.map(() => []);
  const out: TypedSlot[] = [];
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const row = taken[r + dr];
          if (row) row[c + dc] = true;
        }
      }
      if (cell.kind === 'value' && cell.path && !cell.derived) {
        out.push({ path: cell.path, row: r, col: c, colSpan: cell.colSpan });
      }
      c += cell.colSpan;
    }
  });
  return out;
}

/** Typed cells grouped into rows (rows without any typed cell dropped), for pasting. */
export function typedRows(slots: readonly TypedSlot[]): string[][] {
  const byRow = new Map<number, string[]>();
  for (const s of slots) {
    const list = byRow.get(s.row);
    if (list) list.push(s.path);
    else byRow.set(s.row, [s.path]);
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((r) => byRow.get(r) ?? []);
}
