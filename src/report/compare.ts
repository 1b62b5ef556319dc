import type { Draft } from './schema';
import { TABLE_LINES } from './table-rows';
import type { TableLine } from './table-rows';
import { computeDerived, valueAt } from './totals';

export interface ComparedCell {
  readonly path: string;
  readonly now: number;
  readonly before: number;
  /** now − before */
  readonly change: number;
}

export interface ComparedLine {
  readonly line: TableLine;
  readonly cells: readonly ComparedCell[];
}

/** This year's three tables against last year's, cell by cell (blank = 0, totals included). */
export function compareTables(current: Draft, previous: Draft): ComparedLine[] {
  const dNow = computeDerived(current);
  const dBefore = computeDerived(previous);
  return TABLE_LINES.map((line) => ({
    line,
    cells: line.paths.map((path) => {
      const now = valueAt(current, dNow, path) ?? 0;
      const before = valueAt(previous, dBefore, path) ?? 0;
      return { path, now, before, change: Math.round((now - before) * 1e4) / 1e4 };
    }),
  }));
}

/** `+3`, `−2` or `0` (with a real minus sign). */
export function formatChange(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `−${Math.abs(change)}`;
  return '0';
}
