import { DERIVED_CELLS } from '../../report/derived-cells';
import { META_FIELDS } from '../../report/layout/meta-fields';
import { PARTS } from '../../report/layout/parts';
import { NUMERIC_FIELDS } from '../../report/numeric-fields';
import { stepOfPath } from '../../report/part-of-path';
import type { StepId } from '../../report/part-of-path';

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
  return COMMENT_PARTS.find((p) => p.id === part)?.label ?? part;
}
