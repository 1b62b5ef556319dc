import { DERIVED_CELLS } from './derived-cells';
import { META_FIELDS } from './layout/meta-fields';
import { PARTS } from './layout/parts';
import { CHECK_STEP } from './layout/steps';
import { NUMERIC_FIELDS } from './numeric-fields';
import { stepOfPath } from './part-of-path';
import type { StepId } from './part-of-path';

/** Where a comment can point: each part, and within it each field or table cell. */
export const COMMENT_PARTS: readonly { id: StepId; label: string }[] = [
  { id: 'basics', label: '基本信息' },
  ...PARTS.map((p) => ({ id: p.id, label: p.heading })),
];

export function commentTargets(part: StepId): { path: string; label: string }[] {
  const prose = PARTS.flatMap((p): { path: string; label: string }[] =>
    p.prose.map((f) => ({ path: f.path, label: f.label })),
  );
  const meta = META_FIELDS.map((f) => ({ path: f.path, label: f.label }));
  const cells = [...NUMERIC_FIELDS, ...DERIVED_CELLS].map((f) => ({ path: f.path, label: f.label }));
  return [...meta, ...prose, ...cells].filter((t) => stepOfPath(t.path) === part);
}

export function partLabel(part: string): string {
  return COMMENT_PARTS.find((p) => p.id === part)?.label ?? (part === CHECK_STEP.id ? '整份报告' : part);
}

/** True when a comment may point at `part` and, if given, at `path` within it (the server checks what a client sends). */
export function isCommentTarget(part: string, path: string | undefined): part is StepId {
  if (part === 'check') return !path;
  if (!COMMENT_PARTS.some((p) => p.id === part)) return false;
  return !path || commentTargets(part as StepId).some((t) => t.path === path);
}
