import type { ReviewComment } from '../../report/schema';
import type { CommentTarget } from './comment-target';

const SAFE = /^[A-Za-z0-9.]+$/;

/**
 * Marks, in the report view, the cells and paragraphs that have an open comment and the
 * target chosen for the next one. Only plain draft paths are written into the style rule.
 */
export function CommentMarks({
  comments,
  target,
}: {
  comments: readonly ReviewComment[];
  target: CommentTarget;
}) {
  const open = [...new Set(comments.filter((c) => !c.resolved && c.path).map((c) => c.path ?? ''))].filter(
    (p) => SAFE.test(p),
  );
  const rules: string[] = [];
  if (open.length > 0) {
    rules.push(
      `${open.map((p) => `.review-report [data-path="${p}"]`).join(',')} { background: #fff3d6; box-shadow: inset 0 0 0 2px #7a4d00; }`,
    );
  }
  if (target.path && SAFE.test(target.path)) {
    rules.push(
      `.review-report [data-path="${target.path}"] { outline: 3px solid #0b4fa8; outline-offset: -3px; }`,
    );
  } else if (SAFE.test(target.part)) {
    rules.push(
      `.review-report [data-part="${target.part}"] { outline: 2px dashed #0b4fa8; outline-offset: 4px; }`,
    );
  }
  return rules.length > 0 ? <style>{rules.join('\n')}</style> : null;
}
