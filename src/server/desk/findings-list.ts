import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { findingsCounts, regionInScope, unitsWithFindings } from './desk-store';
import type { FindingsAnswer } from '../../api-contract/desk-endpoints';
import { FINDINGS_PAGE } from '../../api-contract/desk-endpoints';

/**
 * The 问题清单 of a region in the supervisor's scope: its units with their reports' findings, as
 * the server stored them with each revision (the core's checkDraft, warnings with where they
 * stand) — no document is opened, so a page costs what it shows. `limit` units from the first
 * (path, name order); the counts are over the whole region.
 */
export async function findingsList(
  db: Queryable,
  user: CurrentUser,
  regionId: number | undefined,
  year: number,
  limit = FINDINGS_PAGE,
): Promise<FindingsAnswer | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const counts = await findingsCounts(db, region, year);
  const rows = await unitsWithFindings(db, region, year, limit);
  return {
    year,
    region: { id: region.id, name: region.name },
    total: counts?.units ?? rows.length,
    summary: {
      withProblems: counts?.with_problems ?? 0,
      errors: counts?.errors ?? 0,
      warnings: counts?.warnings ?? 0,
    },
    units: rows.map((r) => ({
      id: r.id,
      name: r.name,
      regionName: r.region_name,
      status: r.status,
      findings: r.findings ?? [],
    })),
  };
}
