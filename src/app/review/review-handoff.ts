import type { Draft } from '../../report/schema';

let pending: Draft | null = null;

/** Hands a draft that lives only in memory (a batch row) to the review page. */
export function handOffForReview(draft: Draft): void {
  pending = draft;
}

export function takeHandedOff(): Draft | null {
  const d = pending;
  pending = null;
  return d;
}
