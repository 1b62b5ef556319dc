import { NUMERIC_FIELDS } from '../../report/numeric-fields';
import type { Draft } from '../../report/schema';

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

/**
 * The numeric parts as a draft-shaped object. Only its numeric fields are there: enough for the
 * core's sumDrafts (which reads nothing else), not for anything that reads prose.
 */
const CONTAINER_KEYS = NUMERIC_CONTAINERS.map((p) => p.split('.'));

export function numericDraft(parts: readonly unknown[]): Draft {
  const root: Record<string, unknown> = {};
  CONTAINER_KEYS.forEach((keys, i) => {
    let cur = root;
    for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
    cur[keys[keys.length - 1] ?? ''] = parts[i];
  });
  // A partial draft on purpose (see above): sumDrafts reads only getPath of numeric fields.
  return root as unknown as Draft;
}
