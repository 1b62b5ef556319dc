import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import { checkDraft } from '../../report/rules/check-draft';
import type { ReviewStatus } from '../../report/schema';
import { withSettleStates } from '../../report/settlements';
import type { Draft } from '../../report/schema';
import { readStored } from '../reports/stored-document';

const settledFindings = (d: Draft) => withSettleStates(d, checkDraft(d));
import { regionInScope } from './desk-scope';
import type { FindingsAnswer } from './desk-types';

/**
 * The 问题清单 of a region in the supervisor's scope: every unit under it with its report's
 * findings, from the core's checkDraft (errors, warnings, completeness, same words as last
 * year) — the same check that gave the roster's counts. One query for all the reports.
 */
export async function findingsList(
  db: Queryable,
  user: CurrentUser,
  regionId: number | undefined,
  year: number,
): Promise<FindingsAnswer | undefined> {
  const region = await regionInScope(db, user, regionId);
  if (!region) return undefined;
  const rows = await db.query<{
    id: number;
    name: string;
    region_name: string;
    status: ReviewStatus | null;
    document: unknown;
  }>(
    `SELECT u.id, u.name, g.name AS region_name, r.status, r.document
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 ORDER BY g.path, u.name`,
    [year, `${region.path}%`],
  );
  return {
    year,
    region: { id: region.id, name: region.name },
    units: rows.map((r) => ({
      id: r.id,
      name: r.name,
      regionName: r.region_name,
      status: r.status,
      findings: r.document === null ? [] : settledFindings(readStored(r.document)),
    })),
  };
}
