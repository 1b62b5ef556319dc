import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import { isPastDeadline } from './desk-scope';
import type { DeskRegion, RosterAnswer, RosterUnit } from '../../api-contract/desk-endpoints';
import type { RegionLevel } from '../../api-contract/roles';
import { ROSTER_PAGE } from '../../api-contract/desk-endpoints';

/** A region of the subtree or above it, with its own deadline for the year. */
interface RegionRow {
  region_id: number;
  parent_id: number | null;
  region_name: string;
  level: RegionLevel;
  path: string;
  deadline: string | null;
}

/** A unit of the subtree with its report of the year, if any. */
interface UnitRow {
  region_id: number;
  unit_id: number;
  unit_name: string;
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
 * The units of a supervisor's region and sub-regions with their reports for `year` — the first
 * `limit` by region and name — every region of the subtree and above it with its deadline, and
 * the counts per status (and overdue) over the whole subtree, from one row per region and status:
 * a province's first page costs what it shows, not its 30,000 units.
 */
export async function roster(
  db: Queryable,
  user: CurrentUser,
  year: number,
  now: Date,
  limit = ROSTER_PAGE,
): Promise<RosterAnswer> {
  const path = user.role === 'supervisor' ? (user.regionPath ?? '-') : '-';
  const regionRows = await db.query<RegionRow>(
    `SELECT g.id AS region_id, g.parent_id, g.name AS region_name, g.level, g.path,
            to_char(d.deadline, 'YYYY-MM-DD') AS deadline
       FROM regions g LEFT JOIN region_deadlines d ON d.region_id = g.id AND d.year = $1
      WHERE g.path LIKE $2 OR $3 LIKE g.path || '%'
      ORDER BY g.path`,
    [year, `${path}%`, path],
  );
  const rows = await db.query<UnitRow>(
    `SELECT g.id AS region_id, u.id AS unit_id, u.name AS unit_name, r.status, r.revision, r.errors, r.warnings,
            r.updated_at, w.display_name AS updated_by
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
       LEFT JOIN users w ON w.id = r.updated_by
      WHERE g.path LIKE $2
      ORDER BY g.path, u.name LIMIT $3`,
    [year, `${path}%`, limit],
  );
  const perStatus = await db.query<{ region_id: number; status: ReviewStatus | null; n: number }>(
    `SELECT u.region_id, r.status, count(*)::int AS n
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 GROUP BY u.region_id, r.status`,
    [year, `${path}%`],
  );
  const ownDepth = path.split('/').length;
  const regions = new Map<number, DeskRegion>();
  for (const r of regionRows) {
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
  const deadlineOf = (regionId: number): string | null => {
    for (let g = regions.get(regionId); g; g = g.parentId === null ? undefined : regions.get(g.parentId)) {
      if (g.deadline) return g.deadline;
    }
    return null;
  };
  const overdue = (regionId: number, status: ReviewStatus | null) => {
    const deadline = deadlineOf(regionId);
    return deadline !== null && isPastDeadline(deadline, now) && !(status !== null && DELIVERED.has(status));
  };
  const units: RosterUnit[] = rows.map((r) => ({
    id: r.unit_id,
    name: r.unit_name,
    regionId: r.region_id,
    status: r.status,
    revision: r.revision,
    errors: r.errors,
    warnings: r.warnings,
    updatedAt: r.updated_at === null ? null : new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by,
    deadline: deadlineOf(r.region_id),
    overdue: overdue(r.region_id, r.status),
  }));
  const counts = { none: 0, draft: 0, returned: 0, submitted: 0, approved: 0, overdue: 0 };
  for (const c of perStatus) {
    counts[c.status ?? 'none'] += c.n;
    if (overdue(c.region_id, c.status)) counts.overdue += c.n;
  }
  const list = [...regions.values()];
  return {
    year,
    regions: [...list.filter((g) => g.depth >= 0), ...list.filter((g) => g.depth < 0).reverse()],
    total: perStatus.reduce((n, c) => n + c.n, 0),
    counts,
    units,
  };
}
