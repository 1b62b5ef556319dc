import { stepOfPath } from '../../report/part-of-path';
import type { StepId } from '../../report/part-of-path';
import { COMMENT_PARTS, commentTargets } from '../../report/comment-targets';

/** What a comment is about: a part, and optionally one field or table cell in it. */
export interface CommentTarget {
  readonly part: StepId;
  readonly path: string;
}

const isPart = (id: string): id is StepId => COMMENT_PARTS.some((p) => p.id === id);

/**
 * The target under a click in the report view: a value cell or a paragraph (`data-path`),
 * else the part around it (`data-part`), else 基本信息 (title and preamble). Null outside.
 */
export function targetOfElement(el: Element | null): CommentTarget | null {
  if (!el || !el.closest('.gov-report')) return null;
  const path = el.closest('[data-path]')?.getAttribute('data-path') ?? '';
  if (path) {
    const part = stepOfPath(path);
    if (commentTargets(part).some((t) => t.path === path)) return { part, path };
  }
  const part = el.closest('[data-part]')?.getAttribute('data-part') ?? 'basics';
  return isPart(part) ? { part, path: '' } : null;
}
