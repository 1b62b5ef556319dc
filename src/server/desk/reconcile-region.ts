import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { sumDrafts } from '../../batch/sum-drafts';
import { guessOwnUnit, reconcile, reconcileScope, RECONCILED_FIELDS } from '../../report/reconcile';
import { regionInScope, unitsWithNumericParts } from './desk-store';
import type { ReconcileAnswer } from '../../api-contract/desk-endpoints';
import { numericDraft } from './numeric-parts';
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
  const rows = await unitsWithNumericParts(db, region, year);
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
