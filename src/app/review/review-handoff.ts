import type { Draft } from '../../report/schema';

let pending: Draft | null = null;

/** Hands a draft that lives only in memory (a batch row) to the review page. */
export function handOffForReview(draft: Draft): void {
  pending = draft;
}

/** The handed-off draft, if any (pure: safe in a state initializer). */
export function peekHandedOff(): Draft | null {
  return pending;
}

/** Forgets the handed-off draft once the review page holds it. */
export function clearHandedOff(): void {
  pending = null;
}
