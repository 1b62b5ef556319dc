import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { addSums, figuresOf, reportSums } from '../../report/year-figures';
import type { FigureSums } from '../../report/year-figures';
import { approvedNumericParts, regionInScope, subtreeRegions } from './desk-store';
import type { FiguresAnswer } from '../../api-contract/desk-endpoints';
import { numericDraft } from './numeric-parts';

/**
 * The year's figures under a region in the supervisor's scope: per approved report and per
 * region (each sub-region's subtree), computed by the core from the numeric parts of the
 * approved reports of `year` and, for the change, of `year − 1`. One query.
 */
export async function yearFigures(
  db: Queryable,
  user: CurrentUser,
  regionId: number | undefined,
  year: number,
): Promise<FiguresAnswer | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const regions = await subtreeRegions(db, region);
  const rows = await approvedNumericParts(db, region, year);
  const lastYear = new Map(
    rows.filter((r) => r.year === year - 1).map((r) => [r.unit_id, numericDraft(r.parts)]),
  );
  const units = rows
    .filter((r) => r.year === year)
    .map((r) => ({
      id: r.unit_id,
      name: r.name,
      regionId: r.region_id,
      regionName: r.region_name,
      sums: reportSums(numericDraft(r.parts), lastYear.get(r.unit_id)),
    }));
  const pathOf = new Map(regions.map((g) => [g.id, g.path]));
  const under = (path: string): FigureSums[] =>
    units.filter((u) => (pathOf.get(u.regionId) ?? '').startsWith(path)).map((u) => u.sums);
  return {
    year,
    region: { id: region.id, name: region.name },
    regions: regions.map((g) => ({
      id: g.id,
      name: g.name,
      depth: g.path.split('/').filter(Boolean).length - region.path.split('/').filter(Boolean).length,
      figures: figuresOf(addSums(under(g.path))),
    })),
    units: units.map(({ sums, regionId: _r, ...u }) => ({ ...u, figures: figuresOf(sums) })),
  };
}
