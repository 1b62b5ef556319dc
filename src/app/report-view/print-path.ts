/**
 * Print of a page that shows the report (检查与提交's preview, review mode): the report alone.
 * Each ancestor of a mounted `.report-view` carries `report-view-path`, and print.css hides
 * every other child of those boxes — what `body:has(.report-view) …` would say, but Chromium
 * before 105 has no :has.
 */
export const PRINT_PATH_CLASS = 'report-view-path';
const VIEW_SELECTOR = '.report-view';

function mark(view: Element): void {
  for (let box = view.parentElement; box; box = box.parentElement) box.classList.add(PRINT_PATH_CLASS);
}

/** Marks the path from `view` up to `<html>`; the returned function unmarks it (keeping other views' paths). */
export function markPrintPath(view: Element): () => void {
  mark(view);
  return () => {
    const doc = view.ownerDocument;
    for (const box of doc.querySelectorAll(`.${PRINT_PATH_CLASS}`)) box.classList.remove(PRINT_PATH_CLASS);
    for (const other of doc.querySelectorAll(VIEW_SELECTOR)) if (other !== view) mark(other);
  };
}
