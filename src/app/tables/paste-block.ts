import type { NumberKind } from '../../report/numeric-fields';
import { parseNumberInput } from '../../report/number-input';
import { pasteMessages } from './messages';

/**
 * Clipboard text from Excel/WPS → rows of cells. Rows end with \n, \r\n or \r; one
 * trailing line break (Excel always adds it) is dropped; cells are tab-separated.
 */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** More than one cell: the grid pastes it; a single value is left to the text field. */
export function isBlock(block: readonly (readonly string[])[]): boolean {
  return block.length > 1 || (block[0]?.length ?? 0) > 1;
}

export interface PasteTarget {
  /** Typed cells of the table, row by row (derived rows and columns left out). */
  readonly rows: readonly (readonly string[])[];
  readonly kindOf: (path: string) => NumberKind;
  readonly nameOf: (path: string) => string;
  /** What the paste area leaves out, for the overflow message (e.g. `（七）总计行和总计列`). */
  readonly excluded?: string;
  /**
   * Each typed row ends before a derived 总计 column (table 三): a row copied whole with its
   * total (one value more than the row's cells, from its first cell) has that total checked,
   * not written. `rowName` names a row (by its first cell) in the message.
   */
  readonly trailingTotal?: { readonly label: string; readonly rowName: (path: string) => string };
}

/** A pasted row whose own 总计 did not equal the sum of its pasted cells. */
export interface TotalMismatch {
  readonly row: string;
  readonly pasted: number;
  readonly sum: number;
}

export type PastePlan =
  | {
      readonly ok: true;
      readonly writes: readonly (readonly [path: string, value: number | null])[];
      /** Rows pasted with their 总计 column: how many agreed, and those that did not. */
      readonly totals: { readonly agreed: number; readonly mismatched: readonly TotalMismatch[] };
    }
  | { readonly ok: false; readonly message: string };

/**
 * Where each pasted cell goes, starting at `start`, or why the whole paste is refused:
 * a block running outside the typed cells, or any value that is not a valid number.
 * Never a partial plan — either every cell is written or none.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  start: string,
  target: PasteTarget,
): PastePlan {
  const r0 = target.rows.findIndex((row) => row.includes(start));
  const c0 = target.rows[r0]?.indexOf(start) ?? -1;
  if (r0 < 0 || c0 < 0) return { ok: false, message: pasteMessages.notInGrid };
  const width = Math.max(...block.map((row) => row.length));
  const writes: (readonly [string, number | null])[] = [];
  const mismatched: TotalMismatch[] = [];
  let agreed = 0;
  for (let i = 0; i < block.length; i++) {
    const row = target.rows[r0 + i];
    let cells = block[i] ?? [];
    const total = target.trailingTotal;
    let pastedTotal: number | null | undefined;
    if (total && row && c0 === 0 && cells.length === row.length + 1) {
      const text = cells[row.length] ?? '';
      const parsed = parseNumberInput(text, 'count');
      if (!parsed.ok) {
        return {
          ok: false,
          message: pasteMessages.invalid(i + 1, row.length + 1, text, total.label, parsed.message),
        };
      }
      pastedTotal = parsed.value;
      cells = cells.slice(0, row.length);
    }
    if (!row || c0 + cells.length > row.length) {
      return {
        ok: false,
        message: pasteMessages.overflow(block.length, width, target.nameOf(start), target.excluded),
      };
    }
    for (let j = 0; j < cells.length; j++) {
      const path = row[c0 + j] ?? '';
      const text = cells[j] ?? '';
      const parsed = parseNumberInput(text, target.kindOf(path));
      if (!parsed.ok) {
        return {
          ok: false,
          message: pasteMessages.invalid(i + 1, j + 1, text, target.nameOf(path), parsed.message),
        };
      }
      writes.push([path, parsed.value]);
    }
    if (pastedTotal !== undefined && total && row) {
      const sum = writes.slice(-cells.length).reduce((a, [, v]) => a + (v ?? 0), 0);
      if ((pastedTotal ?? 0) === sum) agreed++;
      else mismatched.push({ row: total.rowName(row[0] ?? ''), pasted: pastedTotal ?? 0, sum });
    }
  }
  return { ok: true, writes, totals: { agreed, mismatched } };
}
