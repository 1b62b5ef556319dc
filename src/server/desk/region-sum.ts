import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { draftOfFigureSums } from '../../batch/sum-drafts';
import { NUMERIC_FIELDS } from '../../report/numeric-fields';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import type { Draft, ReviewStatus } from '../../report/schema';
import { approvalCounts, approvedSums, regionInScope, subtreeRegions, unitsByApproval } from './desk-store';
import type { ScopedRegion, TreeRegion } from './desk-store';
import type { SumAnswer } from '../../api-contract/desk-endpoints';

/** Why a unit's report is not in the 汇总. */
export function leftOutReason(status: ReviewStatus | null): string {
  if (status === null) return '尚未开始填报';
  return `报告状态为“${REVIEW_STATUS_LABELS[status]}”，只汇总审核通过的报告`;
}

export interface RegionTotals {
  readonly region: ScopedRegion;
  readonly year: number;
  /** Every region of the subtree (the region itself first, path order). */
  readonly regions: readonly TreeRegion[];
  /** A region's subtotal over its whole subtree, as a draft (made when asked for). */
  readonly totalOf: (regionId: number) => Draft;
  /** Approved reports (included) and the other units (left out), per region of the subtree. */
  readonly counts: ReadonlyMap<number, { readonly included: number; readonly leftOut: number }>;
}

/** Units listed by name in a 汇总's answer; beyond it only their numbers (a province has 30,000). */
export const SUM_UNITS_LISTED = 500;

/**
 * The 汇总 of the approved reports under a region in the supervisor's scope, and the subtotal
 * of every region below it. The database keeps each region's sum of its approved reports' figures
 * (region_year_sums, kept by a trigger on every write; no document is opened); the subtotals up
 * the tree are a few hundred vectors added in Node, whatever the number of units.
 */
export async function regionTotals(
  db: Queryable,
  user: CurrentUser,
  regionId: number,
  year: number,
): Promise<RegionTotals | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const regions = await subtreeRegions(db, region);
  const own = await approvedSums(db, region, year);
  const perRegion = await approvalCounts(db, region, year);
  const pathOf = new Map(regions.map((g) => [g.id, g.path]));
  const under = (g: TreeRegion, id: number) => (pathOf.get(id) ?? '').startsWith(g.path);
  const sums = new Map<number, number[]>();
  const counts = new Map<number, { included: number; leftOut: number }>();
  for (const g of regions) {
    const total = NUMERIC_FIELDS.map(() => 0);
    for (const row of own) {
      if (!under(g, row.region_id)) continue;
      row.sums.forEach((v, i) => {
        total[i] = (total[i] ?? 0) + (v === null ? 0 : Number(v));
      });
    }
    sums.set(g.id, total);
    const mine = perRegion.filter((row) => under(g, row.region_id));
    counts.set(g.id, {
      included: mine.reduce((n, row) => n + row.included, 0),
      leftOut: mine.reduce((n, row) => n + row.left_out, 0),
    });
  }
  const nameOf = new Map(regions.map((g) => [g.id, g.name]));
  return {
    region,
    year,
    regions,
    totalOf: (id) => draftOfFigureSums(sums.get(id) ?? [], nameOf.get(id) ?? '', year),
    counts,
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
  const included = await unitsByApproval(db, t.region, year, true, SUM_UNITS_LISTED);
  const leftOut = await unitsByApproval(db, t.region, year, false, SUM_UNITS_LISTED);
  const own = t.counts.get(t.region.id) ?? { included: 0, leftOut: 0 };
  return {
    region: { id: t.region.id, name: t.region.name, level: t.region.level },
    parent: parent ? { id: parent.id, name: parent.name } : null,
    year,
    unitsTotal: own.included,
    leftOutTotal: own.leftOut,
    units: included.map((u) => ({ id: u.id, name: u.name, regionName: u.region_name })),
    leftOut: leftOut.map((u) => ({
      id: u.id,
      name: u.name,
      regionName: u.region_name,
      status: u.status,
      reason: leftOutReason(u.status),
    })),
    children: t.regions
      .filter((g) => g.parentId === t.region.id)
      .map((g) => ({
        id: g.id,
        name: g.name,
        level: g.level,
        included: t.counts.get(g.id)?.included ?? 0,
        leftOut: t.counts.get(g.id)?.leftOut ?? 0,
      })),
    document: t.totalOf(t.region.id),
  };
}
