import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import { isPastDeadline } from './desk-scope';
import type { DeskRegion, RegionLevelName, RosterAnswer, RosterUnit } from './desk-types';

interface RosterRow {
  region_id: number;
  parent_id: number | null;
  region_name: string;
  level: RegionLevelName;
  path: string;
  deadline: string | null;
  unit_id: number | null;
  unit_name: string | null;
  status: ReviewStatus | null;
  revision: number | null;
  errors: number | null;
  warnings: number | null;
  updated_at: Date | string | null;
  updated_by: string | null;
}

/** A report that has reached the supervisor is never overdue. */
const DELIVERED: ReadonlySet<ReviewStatus> = new Set(['submitted', 'approved']);

/**
 * Every unit in a supervisor's region and sub-regions with its report for `year`, and every
 * region of the subtree and above it with its deadline — in one query: the regions (scope and
 * ancestors), each joined to its units only when it is in the scope, their reports and who
 * changed them last.
 */
export async function roster(
  db: Queryable,
  user: CurrentUser,
  year: number,
  now: Date,
): Promise<RosterAnswer> {
  const path = user.role === 'supervisor' ? (user.regionPath ?? '-') : '-';
  const rows = await db.query<RosterRow>(
    `SELECT g.id AS region_id, g.parent_id, g.name AS region_name, g.level, g.path,
            to_char(d.deadline, 'YYYY-MM-DD') AS deadline,
            u.id AS unit_id, u.name AS unit_name, r.status, r.revision, r.errors, r.warnings,
            r.updated_at, w.display_name AS updated_by
       FROM regions g
       LEFT JOIN region_deadlines d ON d.region_id = g.id AND d.year = $1
       LEFT JOIN units u ON u.region_id = g.id AND g.path LIKE $2
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
       LEFT JOIN users w ON w.id = r.updated_by
      WHERE g.path LIKE $2 OR $3 LIKE g.path || '%'
      ORDER BY g.path, u.name`,
    [year, `${path}%`, path],
  );
  const ownDepth = path.split('/').length;
  const regions = new Map<number, DeskRegion>();
  const units: RosterUnit[] = [];
  for (const r of rows) {
    if (!regions.has(r.region_id)) {
      regions.set(r.region_id, {
        id: r.region_id,
        parentId: r.parent_id,
        name: r.region_name,
        level: r.level,
        depth: r.path.split('/').length - ownDepth,
        deadline: r.deadline,
        canSetDeadline: r.path.startsWith(path),
      });
    }
  }
  const deadlineOf = (regionId: number): string | null => {
    for (let g = regions.get(regionId); g; g = g.parentId === null ? undefined : regions.get(g.parentId)) {
      if (g.deadline) return g.deadline;
    }
    return null;
  };
  for (const r of rows) {
    if (r.unit_id === null || r.unit_name === null) continue;
    const deadline = deadlineOf(r.region_id);
    units.push({
      id: r.unit_id,
      name: r.unit_name,
      regionId: r.region_id,
      status: r.status,
      revision: r.revision,
      errors: r.errors,
      warnings: r.warnings,
      updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
      updatedBy: r.updated_by,
      deadline,
      overdue:
        deadline !== null && isPastDeadline(deadline, now) && !(r.status !== null && DELIVERED.has(r.status)),
    });
  }
  const list = [...regions.values()];
  return {
    year,
    regions: [...list.filter((g) => g.depth >= 0), ...list.filter((g) => g.depth < 0).reverse()],
    units,
  };
}
