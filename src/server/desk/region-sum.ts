import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { sumDrafts } from '../../batch/sum-drafts';
import type { NumericReport } from '../../batch/sum-drafts';
import { emptyDraft } from '../../report/empty-draft';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import type { Draft, ReviewStatus } from '../../report/schema';
import { regionInScope } from './desk-scope';
import type { ScopedRegion } from './desk-scope';
import type { LeftOutUnit, RegionLevelName, SumAnswer, SumUnit } from './desk-types';
import { NUMERIC_PARTS_SQL, numericDraft } from './numeric-parts';

/** Why a unit's report is not in the 汇总. */
export function leftOutReason(status: ReviewStatus | null): string {
  if (status === null) return '尚未开始填报';
  return `报告状态为“${REVIEW_STATUS_LABELS[status]}”，只汇总审核通过的报告`;
}

interface TreeRegion {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: RegionLevelName;
  readonly path: string;
}

export interface RegionTotals {
  readonly region: ScopedRegion;
  readonly year: number;
  /** Every region of the subtree (the region itself first, path order). */
  readonly regions: readonly TreeRegion[];
  /** Each region's subtotal over its whole subtree. */
  readonly totals: ReadonlyMap<number, Draft>;
  readonly included: readonly (SumUnit & { readonly regionId: number })[];
  readonly leftOut: readonly (LeftOutUnit & { readonly regionId: number })[];
}

/**
 * The 汇总 of the approved reports under a region in the supervisor's scope, and the subtotal
 * of every region below it: PostgreSQL sends only the numeric objects of each approved report
 * (no prose), the core's sumDrafts adds them per region and then up the tree.
 */
export async function regionTotals(
  db: Queryable,
  user: CurrentUser,
  regionId: number,
  year: number,
): Promise<RegionTotals | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const like = `${region.path}%`;
  const regions = await db.query<TreeRegion>(
    `SELECT id, parent_id AS "parentId", name, level, path FROM regions WHERE path LIKE $1 ORDER BY path`,
    [like],
  );
  // Only the numeric objects of each approved report leave the database (no prose). The inner
  // query decompresses each document once (`|| '{}'` makes an in-memory copy; OFFSET 0 keeps
  // PostgreSQL from inlining it into each of the extractions, which would decompress it again).
  const approved = await db.query<{ region_id: number; parts: unknown[] }>(
    `SELECT u.region_id, ${NUMERIC_PARTS_SQL} AS parts
       FROM (SELECT r.unit_id, r.document || '{}'::jsonb AS d FROM reports r
              WHERE r.year = $1 AND r.status = 'approved' OFFSET 0) r
       JOIN units u ON u.id = r.unit_id JOIN regions g ON g.id = u.region_id
      WHERE g.path LIKE $2`,
    [year, like],
  );
  const units = await db.query<{
    id: number;
    name: string;
    region_id: number;
    region_name: string;
    status: ReviewStatus | null;
  }>(
    `SELECT u.id, u.name, u.region_id, g.name AS region_name, r.status
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 ORDER BY g.path, u.name`,
    [year, like],
  );
  // Each region's own approved reports, added up by the core into one draft.
  const byRegion = new Map<number, NumericReport[]>();
  for (const row of approved) {
    const list = byRegion.get(row.region_id) ?? [];
    list.push(numericDraft(row.parts));
    byRegion.set(row.region_id, list);
  }
  const own = new Map([...byRegion].map(([id, drafts]) => [id, sumDrafts(drafts, '', year)]));
  const totals = new Map<number, Draft>();
  for (const g of regions) {
    const under = regions.filter((s) => s.path.startsWith(g.path)).flatMap((s) => own.get(s.id) ?? []);
    totals.set(g.id, sumDrafts(under, g.name, year));
  }
  const pick = (u: (typeof units)[number]) => ({
    id: u.id,
    name: u.name,
    regionId: u.region_id,
    regionName: u.region_name,
  });
  return {
    region,
    year,
    regions,
    totals,
    included: units.filter((u) => u.status === 'approved').map(pick),
    leftOut: units
      .filter((u) => u.status !== 'approved')
      .map((u) => ({ ...pick(u), status: u.status, reason: leftOutReason(u.status) })),
  };
}

/** The answer of GET /api/sum: the region's 汇总, its units in and out, its direct sub-regions. */
export async function regionSum(
  db: Queryable,
  user: CurrentUser,
  regionId: number,
  year: number,
): Promise<SumAnswer | undefined> {
  const t = await regionTotals(db, user, regionId, year);
  if (!t) return undefined;
  const parent = t.region.parentId === null ? undefined : await regionInScope(db, user, t.region.parentId);
  const pathOf = new Map(t.regions.map((g) => [g.id, g.path]));
  const under = (path: string, list: readonly { regionId: number }[]) =>
    list.filter((u) => (pathOf.get(u.regionId) ?? '').startsWith(path)).length;
  const document = t.totals.get(t.region.id) ?? emptyDraft(t.region.name, year);
  return {
    region: { id: t.region.id, name: t.region.name, level: t.region.level },
    parent: parent ? { id: parent.id, name: parent.name } : null,
    year,
    units: t.included.map(({ id, name, regionName }) => ({ id, name, regionName })),
    leftOut: t.leftOut.map(({ regionId: _r, ...u }) => u),
    children: t.regions
      .filter((g) => g.parentId === t.region.id)
      .map((g) => ({
        id: g.id,
        name: g.name,
        level: g.level,
        included: under(g.path, t.included),
        leftOut: under(g.path, t.leftOut),
      })),
    document,
  };
}
