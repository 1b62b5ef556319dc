import { derivedCell } from '../../report/derived-cells';
import { numericField } from '../../report/numeric-fields';
import type { ReviewComment } from '../../report/schema';

/**
 * Marks the table cells that have an open comment. The tables are drawn elsewhere, so the
 * mark is a style rule on the cells' ids; only known cell paths are written into it.
 */
export function CommentedCells({ comments }: { comments: readonly ReviewComment[] }) {
  const paths = [
    ...new Set(
      comments.flatMap((c) => (c.path && (numericField(c.path) || derivedCell(c.path)) ? [c.path] : [])),
    ),
  ].filter((p) => /^[A-Za-z0-9.]+$/.test(p));
  if (paths.length === 0) return null;
  const selector = paths.map((p) => `.grid-form [id="${p}"]`).join(',\n');
  return (
    <style>{`${selector} { outline: 3px solid var(--warn); outline-offset: -3px; background: #fff3d6; }`}</style>
  );
}
