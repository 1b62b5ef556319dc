import { defineMissing } from './define-missing';

/** `AbortSignal.timeout` and `AbortSignal.any` (Chromium 103); pdf.js calls them. */
if (typeof AbortSignal !== 'undefined') {
  defineMissing(AbortSignal, 'timeout', (ms: number): AbortSignal => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
    return controller.signal;
  });
  defineMissing(AbortSignal, 'any', (signals: Iterable<AbortSignal>): AbortSignal => {
    const controller = new AbortController();
    for (const s of signals) {
      if (s.aborted) {
        controller.abort(s.reason);
        break;
      }
      s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
    }
    return controller.signal;
  });
}
