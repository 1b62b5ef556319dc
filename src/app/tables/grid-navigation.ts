import type { TypedSlot } from './grid-cells';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type Neighbours = Partial<Record<Direction, string>>;

/**
 * Where each arrow key leads from each typed cell. Moves skip derived cells and
 * labels: left/right go to the nearest typed cell in the same row; up/down to the
 * nearest row above/below with a typed cell covering this cell's first column.
 * At an edge there is no neighbour (focus stays).
 */
export function neighbourMap(slots: readonly TypedSlot[]): ReadonlyMap<string, Neighbours> {
  const rows = [...new Set(slots.map((s) => s.row))].sort((a, b) => a - b);
  const inRow = (row: number) => slots.filter((s) => s.row === row).sort((a, b) => a.col - b.col);
  const covering = (row: number, col: number) =>
    slots.find((s) => s.row === row && s.col <= col && col < s.col + s.colSpan);
  const out = new Map<string, Neighbours>();
  for (const s of slots) {
    const row = inRow(s.row);
    const i = row.indexOf(s);
    const n: Neighbours = {};
    const left = row[i - 1];
    const right = row[i + 1];
    if (left) n.left = left.path;
    if (right) n.right = right.path;
    const r = rows.indexOf(s.row);
    for (let k = r - 1; k >= 0 && !n.up; k--) n.up = covering(rows[k] ?? -1, s.col)?.path;
    for (let k = r + 1; k < rows.length && !n.down; k++) n.down = covering(rows[k] ?? -1, s.col)?.path;
    if (!n.up) delete n.up;
    if (!n.down) delete n.down;
    out.set(s.path, n);
  }
  return out;
}

/**
 * How a cell was entered, as in a spreadsheet: `enter` (focused and typed over — arrows move
 * between cells) or `edit` (F2 or a double-click — Left/Right move the caret in the text).
 */
export type CellMode = 'enter' | 'edit';

/**
 * Which move a key asks for in a grid cell, or null to leave the key to the text field.
 * Up/Down and Enter (down; Shift+Enter up) always move. Left/Right move between cells
 * unless the clerk entered edit mode on purpose (then they move the caret).
 */
export function moveForKey(key: string, shift: boolean, mode: CellMode, modifier: boolean): Direction | null {
  if (modifier) return null;
  switch (key) {
    case 'ArrowUp':
      return shift ? null : 'up';
    case 'ArrowDown':
      return shift ? null : 'down';
    case 'Enter':
      return shift ? 'up' : 'down';
    case 'ArrowLeft':
      return !shift && mode === 'enter' ? 'left' : null;
    case 'ArrowRight':
      return !shift && mode === 'enter' ? 'right' : null;
    default:
      return null;
  }
}
