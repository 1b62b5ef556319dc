import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { RegionLevel } from '../../api-contract/roles';
import type { ReviewStatus } from '../../report/schema';
import type { SettledFinding } from '../../report/settlements';
import { NUMERIC_PARTS_SQL } from './numeric-parts';

/*
 * Every query of the supervisor's desk (roster, deadlines, 汇总, 问题清单, figures, 对账).
 *
 * Scope by construction: each read is of a `ScopedRegion`'s subtree, and a ScopedRegion is made
 * only by `regionInScope` below — the region the signed-in supervisor holds, or one in their
 * subtree — so no caller can hand a query a region, or a path, of another county. (Its brand is
 * a symbol this file does not export.) The desk reads a subtree's whole tables at once — a
 * province's 30,000 units — so its queries filter by the subtree's path with the index on
 * `regions.path` rather than through the per-user CTE of the reports' scoped store.
 *
 * Unscoped by design: `regionsWithDeadlines` also reads the regions above the supervisor's own
 * (their names and deadlines, which the supervisor's units inherit); nothing of their units.
 */

declare const inScope: unique symbol;

/** A region the signed-in supervisor may look at (their own or one below it). */
export interface ScopedRegion {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: RegionLevel;
  readonly path: string;
  readonly [inScope]: true;
}

/** A region of a subtree, path order. */
export interface TreeRegion {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: RegionLevel;
  readonly path: string;
}

/** The LIKE pattern of a region's subtree (the region itself and every region below it). */
const subtree = (region: ScopedRegion) => `${region.path}%`;

/**
 * A region a supervisor may look at: their own (when `regionId` is not given) or one in their
 * subtree. Anyone else, or a region outside it, gets undefined — answered as "not found".
 */
export async function regionInScope(
  db: Queryable,
  user: CurrentUser,
  regionId?: number,
): Promise<ScopedRegion | undefined> {
  if (user.role !== 'supervisor' || !user.regionPath || user.regionId === null) return undefined;
  const [row] = await db.query<ScopedRegion>(
    `SELECT id, parent_id AS "parentId", name, level, path FROM regions WHERE id = $1 AND path LIKE $2`,
    [regionId ?? user.regionId, `${user.regionPath}%`],
  );
  return row;
}

/** The subtree's regions, and those above the region (unscoped by design: names and deadlines only). */
export function regionsWithDeadlines(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{
    region_id: number;
    parent_id: number | null;
    region_name: string;
    level: RegionLevel;
    path: string;
    deadline: string | null;
  }>(
    `SELECT g.id AS region_id, g.parent_id, g.name AS region_name, g.level, g.path,
            to_char(d.deadline, 'YYYY-MM-DD') AS deadline
       FROM regions g LEFT JOIN region_deadlines d ON d.region_id = g.id AND d.year = $1
      WHERE g.path LIKE $2 OR $3 LIKE g.path || '%'
      ORDER BY g.path`,
    [year, subtree(region), region.path],
  );
}

/** The subtree's first `limit` units (path, name) with their reports of `year`, if any. */
export function unitsWithReports(db: Queryable, region: ScopedRegion, year: number, limit: number) {
  return db.query<{
    region_id: number;
    unit_id: number;
    unit_name: string;
    status: ReviewStatus | null;
    revision: number | null;
    errors: number | null;
    warnings: number | null;
    updated_at: Date | string | null;
    updated_by: string | null;
  }>(
    `SELECT g.id AS region_id, u.id AS unit_id, u.name AS unit_name, r.status, r.revision, r.errors, r.warnings,
            r.updated_at, w.display_name AS updated_by
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
       LEFT JOIN users w ON w.id = r.updated_by
      WHERE g.path LIKE $2
      ORDER BY g.path, u.name LIMIT $3`,
    [year, subtree(region), limit],
  );
}

/** How many of the subtree's units have a report of `year` in each status (null: none), per region. */
export function statusCounts(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{ region_id: number; status: ReviewStatus | null; n: number }>(
    `SELECT u.region_id, r.status, count(*)::int AS n
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 GROUP BY u.region_id, r.status`,
    [year, subtree(region)],
  );
}

/** Every region of the subtree, the region itself first (path order). */
export function subtreeRegions(db: Queryable, region: ScopedRegion) {
  return db.query<TreeRegion>(
    `SELECT id, parent_id AS "parentId", name, level, path FROM regions WHERE path LIKE $1 ORDER BY path`,
    [subtree(region)],
  );
}

/**
 * The sums the database keeps of each subtree region's approved reports of `year` (migration
 * 006), one row per region that has any — never the reports themselves.
 */
export function approvedSums(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{ region_id: number; sums: (number | string | null)[] }>(
    `SELECT s.region_id, s.figures AS sums
       FROM region_year_sums s JOIN regions g ON g.id = s.region_id
      WHERE s.year = $1 AND s.approved > 0 AND g.path LIKE $2`,
    [year, subtree(region)],
  );
}

/** Per region of the subtree: its units with an approved report of `year`, and the others. */
export function approvalCounts(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{ region_id: number; included: number; left_out: number }>(
    `SELECT u.region_id, count(*) FILTER (WHERE r.status = 'approved')::int AS included,
            count(*) FILTER (WHERE r.status IS DISTINCT FROM 'approved')::int AS left_out
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 GROUP BY u.region_id`,
    [year, subtree(region)],
  );
}

/** The subtree's first `limit` units in (approved) or out of the 汇总 of `year`, by path and name. */
export function unitsByApproval(
  db: Queryable,
  region: ScopedRegion,
  year: number,
  approved: boolean,
  limit: number,
) {
  return db.query<{ id: number; name: string; region_name: string; status: ReviewStatus | null }>(
    `SELECT u.id, u.name, g.name AS region_name, r.status
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 AND (r.status = 'approved') IS ${approved ? 'TRUE' : 'NOT TRUE'}
      ORDER BY g.path, u.name LIMIT $3`,
    [year, subtree(region), limit],
  );
}

/** Over the subtree: its units, those whose report of `year` has findings, and the errors and warnings. */
export async function findingsCounts(db: Queryable, region: ScopedRegion, year: number) {
  const [row] = await db.query<{ units: number; with_problems: number; errors: number; warnings: number }>(
    `SELECT count(*)::int AS units,
            count(*) FILTER (WHERE r.errors + r.warnings > 0)::int AS with_problems,
            coalesce(sum(r.errors), 0)::int AS errors, coalesce(sum(r.warnings), 0)::int AS warnings
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2`,
    [year, subtree(region)],
  );
  return row;
}

/** The subtree's first `limit` units with the findings stored beside their reports of `year`. */
export function unitsWithFindings(db: Queryable, region: ScopedRegion, year: number, limit: number) {
  return db.query<{
    id: number;
    name: string;
    region_name: string;
    status: ReviewStatus | null;
    findings: SettledFinding[] | null;
  }>(
    `SELECT u.id, u.name, g.name AS region_name, r.status, r.findings
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 ORDER BY g.path, u.name LIMIT $3`,
    [year, subtree(region), limit],
  );
}

/** The numeric parts of the subtree's approved reports of `year` and `year − 1` (path, name order). */
export function approvedNumericParts(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{
    unit_id: number;
    name: string;
    region_id: number;
    region_name: string;
    year: number;
    parts: unknown[];
  }>(
    `SELECT r.unit_id, u.name, u.region_id, g.name AS region_name, r.year, ${NUMERIC_PARTS_SQL} AS parts
       FROM (SELECT r.unit_id, r.year, r.document || '{}'::jsonb AS d FROM reports r
              WHERE r.year IN ($1, $1 - 1) AND r.status = 'approved' OFFSET 0) r
       JOIN units u ON u.id = r.unit_id JOIN regions g ON g.id = u.region_id
      WHERE g.path LIKE $2
      ORDER BY g.path, u.name`,
    [year, subtree(region)],
  );
}

/** Every unit of the subtree with its report of `year`'s status and numeric parts (null: none). */
export function unitsWithNumericParts(db: Queryable, region: ScopedRegion, year: number) {
  return db.query<{
    id: number;
    name: string;
    region_id: number;
    region_name: string;
    status: ReviewStatus | null;
    parts: unknown[] | null;
  }>(
    `SELECT u.id, u.name, u.region_id, g.name AS region_name, r.status,
            CASE WHEN r.d IS NULL THEN NULL ELSE ${NUMERIC_PARTS_SQL} END AS parts
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN (SELECT unit_id, status, document || '{}'::jsonb AS d FROM reports WHERE year = $1 OFFSET 0) r
         ON r.unit_id = u.id
      WHERE g.path LIKE $2 ORDER BY g.path, u.name`,
    [year, subtree(region)],
  );
}

/** Sets (a day) or clears (null) the region's own deadline for `year`. */
export async function writeDeadline(
  db: Queryable,
  region: ScopedRegion,
  year: number,
  deadline: string | null,
  setBy: number,
  now: Date,
): Promise<void> {
  if (deadline === null) {
    await db.query('DELETE FROM region_deadlines WHERE region_id = $1 AND year = $2', [region.id, year]);
    return;
  }
  await db.query(
    `INSERT INTO region_deadlines (region_id, year, deadline, set_by, set_at) VALUES ($1, $2, $3::date, $4, $5)
     ON CONFLICT (region_id, year) DO UPDATE SET deadline = EXCLUDED.deadline, set_by = EXCLUDED.set_by,
                                                 set_at = EXCLUDED.set_at`,
    [region.id, year, deadline, setBy, now],
  );
}
