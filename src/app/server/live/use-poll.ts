import { useEffect, useRef } from 'react';
import { POLL_MS } from './poll-interval';

/**
 * Calls `tick` every POLL_MS while the page is visible (one call at a time; a failed call is
 * simply tried again next time), at once when a hidden tab is shown again, never while hidden.
 */
export function usePoll(tick: () => Promise<unknown>, enabled = true): void {
  const tickNow = useRef(tick);
  useEffect(() => {
    tickNow.current = tick;
  }, [tick]);

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let stopped = false;
    const hidden = () => document.visibilityState === 'hidden';
    const schedule = () => {
      if (!stopped && !running && timer === undefined && !hidden()) timer = setTimeout(run, POLL_MS);
    };
    const run = () => {
      timer = undefined;
      if (stopped || running || hidden()) return;
      running = true;
      void tickNow
        .current()
        .catch(() => undefined)
        .finally(() => {
          running = false;
          schedule();
        });
    };
    const onVisibility = () => {
      if (hidden()) {
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined) run();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled]);
}
