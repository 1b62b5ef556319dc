import { NUMERIC_FIELDS } from '../../report/numeric-fields';

/** A draft path as a PostgreSQL text-array literal for `#>`, refusing anything but plain keys. */
function pathLiteral(path: string): string {
  const keys = path.split('.');
  if (!keys.every((k) => /^[A-Za-z0-9_]+$/.test(k))) throw new Error(`不能用于查询的路径：${path}`);
  return `'{${keys.join(',')}}'`;
}

/**
 * The sum, over the rows of a query on `reports r`, of every numeric field of the layout
 * (NUMERIC_FIELDS, in order, as `f0`, `f1`, …): a typed number counts, anything else (blank)
 * is 0 — what the core's cellNumber does. The paths come from the core, never written here.
 */
export const NUMERIC_SUMS_SQL = NUMERIC_FIELDS.map((f, i) => {
  const p = pathLiteral(f.path);
  return `sum(CASE WHEN jsonb_typeof(r.document #> ${p}) = 'number' THEN (r.document #>> ${p})::numeric ELSE 0 END) AS f${i}`;
}).join(',\n');
