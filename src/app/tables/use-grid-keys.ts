import { useRef, useState } from 'react';
import type { ClipboardEvent, FormEvent, KeyboardEvent, MouseEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldPath } from 'react-hook-form';
import type { Draft } from '../../report/schema';
import type { CellMode } from './grid-navigation';
import { moveForKey } from './grid-navigation';
import { pasteMessages } from './messages';
import { isBlock, parseClipboardBlock, planPaste } from './paste-block';
import type { TableGrid } from './table-grids';

export interface GridNotice {
  readonly kind: 'alert' | 'status';
  readonly text: string;
  /** Further lines (a pasted row whose 总计 did not add up), shown as an alert under the text. */
  readonly problems?: readonly string[];
  /** Where it shows: under the pasted rows, in px from the top of the table's box, and from its left. */
  readonly at?: { readonly top: number; readonly left: number };
}

/** Just under the last pasted row, from the cell pasted into: where the clerk is looking. */
function placeUnder(start: HTMLElement, lastPath: string | undefined): GridNotice['at'] {
  const wrap = start.closest('.grid-form-wrap');
  if (!wrap) return undefined;
  const box = wrap.getBoundingClientRect();
  const last = (lastPath ? document.getElementById(lastPath) : null) ?? start;
  const cell = start.closest('td') ?? start;
  const row = last.closest('tr') ?? last;
  const left = Math.max(0, Math.min(cell.getBoundingClientRect().left - box.left, box.width - 480));
  return { top: row.getBoundingClientRect().bottom - box.top + 4, left };
}

const cellOf = (target: EventTarget): HTMLInputElement | null =>
  target instanceof HTMLInputElement && target.classList.contains('grid-input') ? target : null;

/**
 * The editor's mode lives on the input itself (it is created afresh on each focus, so a cell
 * is always entered in `enter` mode): no state, no render, nothing per keystroke.
 */
const modeOf = (cell: HTMLInputElement): CellMode => (cell.dataset.mode === 'edit' ? 'edit' : 'enter');

/** F2 or a double-click: arrows now move the caret, which goes to the end of the text. */
function enterEditMode(cell: HTMLInputElement): void {
  if (cell.readOnly) return;
  cell.dataset.mode = 'edit';
  const end = cell.value.length;
  cell.setSelectionRange(end, end);
}

/** Moves to a typed cell: focusing its text makes it the editor, which selects its text. */
function focusCell(path: string | undefined): void {
  if (path) document.getElementById(path)?.focus();
}

/**
 * Spreadsheet behaviour for one table, by event delegation on the `<table>`: arrows/Enter
 * move between typed cells (Left/Right move the caret instead once F2 or a double-click
 * entered edit mode), and a block pasted from Excel/WPS fills the typed cells from the
 * focused one — all of it or nothing. (The cell being edited selects its own text on focus.)
 */
export function useGridKeys(grid: TableGrid, readOnly: boolean) {
  const { setValue } = useFormContext<Draft>();
  const [notice, setNotice] = useState<GridNotice | null>(null);
  const hasNotice = useRef(false);
  const show = (n: GridNotice | null) => {
    if (!n && !hasNotice.current) return;
    hasNotice.current = n !== null;
    setNotice(n);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell || e.nativeEvent.isComposing) return;
    if (e.key === 'F2') {
      e.preventDefault();
      return enterEditMode(cell);
    }
    if (e.key === 'Escape') delete cell.dataset.mode;
    const move = moveForKey(e.key, e.shiftKey, modeOf(cell), e.ctrlKey || e.altKey || e.metaKey);
    if (e.key === 'Enter') e.preventDefault(); // never submit the surrounding form
    if (!move) return;
    e.preventDefault();
    focusCell(grid.neighbours.get(cell.id)?.[move]);
  };

  // A double-click lands on the editor its first click made (the event's target may be the cell).
  const onDoubleClick = (_e: MouseEvent<HTMLTableElement>) => {
    const cell = document.activeElement ? cellOf(document.activeElement) : null;
    if (cell) enterEditMode(cell);
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const cell = cellOf(e.target);
    if (!cell) return;
    const block = parseClipboardBlock(e.clipboardData.getData('text/plain'));
    if (!isBlock(block)) return; // one value: the text field takes it and checks it like typing
    e.preventDefault();
    const at = placeUnder(cell, undefined);
    if (readOnly) return show({ kind: 'alert', text: pasteMessages.readOnly, at });
    const plan = planPaste(block, cell.id, grid.paste);
    if (!plan.ok) return show({ kind: 'alert', text: plan.message, at });
    for (const [path, value] of plan.writes) {
      setValue(path as FieldPath<Draft>, value as never, { shouldDirty: true });
    }
    cell.select();
    const totalLabel = grid.paste.trailingTotal?.label ?? '';
    const { agreed, mismatched } = plan.totals;
    const done = pasteMessages.done(plan.writes.length);
    show({
      kind: mismatched.length > 0 ? 'alert' : 'status',
      text:
        agreed > 0 && mismatched.length === 0
          ? `${done}${pasteMessages.totalsAgreed(agreed, totalLabel)}`
          : done,
      problems: mismatched.map((m) => pasteMessages.totalMismatch(m.row, totalLabel, m.pasted, m.sum)),
      at: placeUnder(cell, plan.writes[plan.writes.length - 1]?.[0]),
    });
  };

  // Any accepted edit makes an old paste message stale; so does a click (it never hides a cell for long).
  const onInput = (_e: FormEvent<HTMLTableElement>) => show(null);
  const onMouseDown = (e: MouseEvent<HTMLTableElement>) => {
    show(null);
    // A click on the cell that already has the cursor selects it, as in Excel and WPS: typing then
    // replaces its number. (The browser would put the caret where the click landed, and a typed 6
    // would turn 5 into 65.) In edit mode (F2 or a double-click) the click places the caret.
    const cell = cellOf(e.target);
    if (!cell || cell !== document.activeElement || modeOf(cell) === 'edit' || e.button !== 0) return;
    e.preventDefault();
    cell.select();
  };

  return { notice, handlers: { onKeyDown, onDoubleClick, onPaste, onInput, onMouseDown } };
}
