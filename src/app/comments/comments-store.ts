import type { ReviewComment } from '../../report/schema';
import { SnapshotStore } from '../../storage/snapshot-store';

const EMPTY: readonly ReviewComment[] = [];

function sameComments(a: readonly ReviewComment[], b: readonly ReviewComment[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => {
      const d = b[i];
      return (
        d !== undefined &&
        c.id === d.id &&
        c.resolved === d.resolved &&
        c.text === d.text &&
        (c.replies?.length ?? 0) === (d.replies?.length ?? 0)
      );
    })
  );
}

/** The review comments of the open report; subscribers re-render only when they change. */
export class CommentsStore extends SnapshotStore<readonly ReviewComment[]> {
  constructor(initial: readonly ReviewComment[] = EMPTY) {
    super(initial, sameComments);
  }
}
