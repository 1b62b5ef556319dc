import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { sumDrafts } from '../../batch/sum-drafts';
import { guessOwnUnit, reconcile, reconcileScope, RECONCILED_FIELDS } from '../../report/reconcile';
import type { ReviewStatus } from '../../report/schema';
import { regionInScope } from './desk-scope';
import type { ReconcileAnswer } from '../../api-contract/desk-endpoints';
import { NUMERIC_PARTS_SQL, numericDraft } from './numeric-parts';
import { leftOutReason } from './region-sum';

/**
 * 本级报告与汇总对账 for a region in the supervisor's scope: the region's own report (filed by
 * `ownUnitId`, else the unit the core guesses from the names) against the 汇总 of the approved
 * reports under the region, with or without the own unit's report. One query for the units and
 * the numeric parts of their reports.
 */
export async function reconcileRegion(
  db: Queryable,
  user: CurrentUser,
  regionId: number | undefined,
  year: number,
  ownUnitId: number | undefined,
  includeOwn: boolean,
): Promise<ReconcileAnswer | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const rows = await db.query<{
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
    [year, `${region.path}%`],
  );
  const candidates = rows.filter((r) => r.region_id === region.id);
  const own =
    ownUnitId === undefined
      ? guessOwnUnit(region.name, candidates)
      : candidates.find((c) => c.id === ownUnitId);
  const pick = (r: (typeof rows)[number]) => ({ id: r.id, name: r.name, regionName: r.region_name });
  const counted = rows.filter((r) => r.status === 'approved' && (includeOwn || r.id !== own?.id));
  const base = {
    year,
    region: { id: region.id, name: region.name },
    candidates: candidates.map((c) => ({ id: c.id, name: c.name })),
    includeOwn,
    cells: RECONCILED_FIELDS.length,
    counted: counted.map(pick),
    notCounted: rows
      .filter((r) => r.status !== 'approved')
      .map((r) => ({ ...pick(r), status: r.status, reason: leftOutReason(r.status) })),
  };
  if (!own) return { ...base, own: null, scope: '', differences: [] };
  const sum = sumDrafts(
    counted.map((r) => numericDraft(r.parts ?? [])),
    region.name,
    year,
  );
  return {
    ...base,
    own: { id: own.id, name: own.name, status: own.status },
    scope: reconcileScope({
      regionName: region.name,
      ownName: own.name,
      counted: counted.length,
      includeOwn,
    }),
    differences: own.parts === null ? [] : reconcile(numericDraft(own.parts), sum),
  };
}
