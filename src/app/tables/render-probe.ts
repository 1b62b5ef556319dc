import { useEffect } from 'react';

declare global {
  interface Window {
    /** Renders per component id since the last reset, filled only when the URL has `?profile`. */
    __matrixRenders?: Record<string, number>;
  }
}

/**
 * Counts commits per table component when the page was opened with `?profile`
 * (e2e render-count tests). React's <Profiler> reports nothing in a production
 * build, so each component records itself; without `?profile` this is one
 * boolean check per render.
 */
const enabled = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('profile');

export function useRenderProbe(id: string): void {
  useEffect(() => {
    if (!enabled) return;
    const counts = (window.__matrixRenders ??= {});
    counts[id] = (counts[id] ?? 0) + 1;
  });
}
