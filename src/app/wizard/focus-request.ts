/** A field to focus once the step that holds it has rendered (set by error links). */
let pending: string | undefined;
/** Waiting for a field of a step still loading (the table steps load on demand). */
let waiting: { observer: MutationObserver; timer: ReturnType<typeof setTimeout> } | undefined;

/** How long a requested field may take to appear (its step's code loading) before we give up. */
const WAIT_MS = 5000;

function stopWaiting(): void {
  if (!waiting) return;
  waiting.observer.disconnect();
  clearTimeout(waiting.timer);
  waiting = undefined;
}

export function requestFocus(path: string): void {
  stopWaiting();
  pending = path;
}

function focusElement(el: HTMLElement): void {
  // Scroll first: a table cell's text is replaced by its editor as it takes focus.
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}

/**
 * Focuses the requested field if it is on the page; true when it did. When it is not there yet
 * (its step is still loading), it is focused as soon as it appears.
 */
export function fulfilFocusRequest(): boolean {
  const path = pending;
  pending = undefined;
  if (!path) return false;
  const el = document.getElementById(path);
  if (el) {
    focusElement(el);
    return true;
  }
  stopWaiting();
  const observer = new MutationObserver(() => {
    const appeared = document.getElementById(path);
    if (!appeared) return;
    stopWaiting();
    focusElement(appeared);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  waiting = { observer, timer: setTimeout(stopWaiting, WAIT_MS) };
  return false;
}
