/** A field to focus once the step that holds it has rendered (set by error links). */
let pending: string | undefined;

export function requestFocus(path: string): void {
  pending = path;
}

/** Focuses the requested field if it is on the page; true when it did. */
export function fulfilFocusRequest(): boolean {
  const path = pending;
  pending = undefined;
  if (!path) return false;
  const el = document.getElementById(path);
  if (!el) return false;
  // Scroll first: a table cell's text is replaced by its editor as it takes focus.
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
  return true;
}
