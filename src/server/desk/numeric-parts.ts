import { NUMERIC_FIELDS } from '../../report/numeric-fields';
import type { NumericReport } from '../../batch/sum-drafts';

/** A draft path as a PostgreSQL text-array literal for `#>`, refusing anything but plain keys. */
function pathLiteral(path: string): string {
  const keys = path.split('.');
  if (!keys.every((k) => /^[A-Za-z0-9_]+$/.test(k))) throw new Error(`不能用于查询的路径：${path}`);
  return `'{${keys.join(',')}}'`;
}

/**
 * The smallest objects of a draft that hold every numeric field of the layout (NUMERIC_FIELDS):
 * each field's parent, unless an ancestor is already one. The prose stays out of them.
 */
export const NUMERIC_CONTAINERS: readonly string[] = (() => {
  const parents = [...new Set(NUMERIC_FIELDS.map((f) => f.path.split('.').slice(0, -1).join('.')))];
  return parents.filter((p) => !parents.some((q) => q !== p && p.startsWith(`${q}.`)));
})();

/**
 * A select list that takes, from the document `d`, only those objects, as one JSON array
 * (in NUMERIC_CONTAINERS order): a few kilobytes a report instead of the whole document.
 */
export const NUMERIC_PARTS_SQL = `jsonb_build_array(${NUMERIC_CONTAINERS.map((p) => `d #> ${pathLiteral(p)}`).join(', ')})`;

const CONTAINER_KEYS = NUMERIC_CONTAINERS.map((p) => p.split('.'));

/**
 * The numeric parts as a draft-shaped object. Only its numeric fields are there: what the core's
 * sumDrafts and reportSums read, and nothing that reads prose could take it for a Draft.
 */
export function numericDraft(parts: readonly unknown[]): NumericReport {
  const root: Record<string, unknown> = {};
  CONTAINER_KEYS.forEach((keys, i) => {
    let cur = root;
    for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
    cur[keys[keys.length - 1] ?? ''] = parts[i];
  });
  return root;
}
