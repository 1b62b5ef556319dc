import type { ReviewComment } from '../../report/schema';
import { isPlainPath, useMark } from '../common/use-mark';
import type { CommentTarget } from './comment-target';

/** The elements of the report view to mark: open comments, the chosen cell or the chosen part. */
export function commentMarkSelectors(
  comments: readonly ReviewComment[],
  target: CommentTarget,
): { open: string; target: string; part: string } {
  const open = [...new Set(comments.filter((c) => !c.resolved && c.path).map((c) => c.path ?? ''))].filter(
    isPlainPath,
  );
  const cell = target.path && isPlainPath(target.path) ? target.path : undefined;
  return {
    open: open.map((p) => `.review-report [data-path="${p}"]`).join(','),
    target: cell ? `.review-report [data-path="${cell}"]` : '',
    part: !cell && isPlainPath(target.part) ? `.review-report [data-part="${target.part}"]` : '',
  };
}

/**
 * Marks, in the report view, the cells and paragraphs that have an open comment and the
 * target chosen for the next one (data attributes styled in review.css; nothing inline).
 */
export function CommentMarks({
  comments,
  target,
}: {
  comments: readonly ReviewComment[];
  target: CommentTarget;
}) {
  const selectors = commentMarkSelectors(comments, target);
  useMark('data-mark-open', selectors.open);
  useMark('data-mark-target', selectors.target);
  useMark('data-mark-part', selectors.part);
  return null;
}
