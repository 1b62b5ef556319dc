import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import { isPastDeadline } from './deadlines';
import { regionInScope, regionsWithDeadlines, statusCounts, unitsWithReports } from './desk-store';
import type { DeskRegion, RosterAnswer, RosterUnit } from '../../api-contract/desk-endpoints';
import { ROSTER_PAGE } from '../../api-contract/desk-endpoints';

const EMPTY_COUNTS = { none: 0, draft: 0, returned: 0, submitted: 0, approved: 0, overdue: 0 };

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
  const region = await regionInScope(db, user);
  // The route lets only a supervisor ask; anyone else has no region, hence no units.
  if (!region) return { year, regions: [], total: 0, counts: EMPTY_COUNTS, units: [] };
  const regionRows = await regionsWithDeadlines(db, region, year);
  const rows = await unitsWithReports(db, region, year, limit);
  const perStatus = await statusCounts(db, region, year);
  const { path } = region;
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
  const counts = { ...EMPTY_COUNTS };
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
