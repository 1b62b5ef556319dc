import { derivedCell } from '../../report/derived-cells';
import { numericField } from '../../report/numeric-fields';
import type { ReviewComment } from '../../report/schema';
import { isPlainPath, useMark } from '../common/use-mark';

/** The table cells (by id) with an open comment; only cells the layout knows. */
export function commentedCellSelector(comments: readonly ReviewComment[]): string {
  const paths = [
    ...new Set(
      comments.flatMap((c) => (c.path && (numericField(c.path) || derivedCell(c.path)) ? [c.path] : [])),
    ),
  ].filter(isPlainPath);
  return paths.map((p) => `.grid-form [id="${p}"]`).join(',');
}

/**
 * Marks the table cells that have an open comment. The tables are drawn elsewhere, so the
 * mark is a data attribute set on the cells (styled in wizard.css; nothing inline).
 */
export function CommentedCells({ comments }: { comments: readonly ReviewComment[] }) {
  useMark('data-mark-commented', commentedCellSelector(comments));
  return null;
}
