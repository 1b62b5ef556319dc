import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { addSums, figuresOf, reportSums } from '../../report/year-figures';
import type { FigureSums } from '../../report/year-figures';
import { regionInScope } from './desk-scope';
import type { FiguresAnswer } from '../../api-contract/desk-endpoints';
import { NUMERIC_PARTS_SQL, numericDraft } from './numeric-parts';

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
  const like = `${region.path}%`;
  const regions = await db.query<{ id: number; name: string; path: string; parent_id: number | null }>(
    `SELECT id, name, path, parent_id FROM regions WHERE path LIKE $1 ORDER BY path`,
    [like],
  );
  const rows = await db.query<{
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
    [year, like],
  );
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
