import type { Queryable } from '../db/database';
import type { PublicationDeadline } from '../../report/publication-place';

/*
 * What 发布核对 reads besides the report: the deadline and the earlier checks. Called only for a
 * unit the scoped store has already found in the user's scope; the deadline is read up the
 * unit's region's ancestors, which are outside a supervisor's subtree by design.
 */

/** The deadline set for the unit's region or its nearest ancestor for `year`, if any. */
export async function localDeadline(
  db: Queryable,
  unitId: number,
  year: number,
): Promise<PublicationDeadline | undefined> {
  const rows = await db.query<{ deadline: string }>(
    `SELECT to_char(d.deadline, 'YYYY-MM-DD') AS deadline
       FROM units u JOIN regions g ON g.id = u.region_id
       JOIN regions a ON g.path LIKE a.path || '%'
       JOIN region_deadlines d ON d.region_id = a.id AND d.year = $2
      WHERE u.id = $1
      ORDER BY length(a.path) DESC LIMIT 1`,
    [unitId, year],
  );
  const date = rows[0]?.deadline;
  return date ? { date, local: true } : undefined;
}

/**
 * When an earlier 发布核对 of this approved revision found the page 一致 (the audit log keeps each
 * check with its time and outcome): the latest such time, or undefined.
 */
export async function earlierSame(db: Queryable, unitId: number, year: number, revision: number) {
  const rows = await db.query<{ at: Date | string }>(
    `SELECT at FROM events
      WHERE action = 'publication-check' AND object = $1 AND result = 'ok' AND revision = $2
      ORDER BY at DESC LIMIT 1`,
    [`report:${unitId}/${year}`, revision],
  );
  const at = rows[0]?.at;
  return at === undefined ? undefined : new Date(at).toISOString();
}
