import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import type { SettledFinding } from '../../report/settlements';
import { regionInScope } from './desk-scope';
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
  const like = `${region.path}%`;
  const [counts] = await db.query<{ units: number; with_problems: number; errors: number; warnings: number }>(
    `SELECT count(*)::int AS units,
            count(*) FILTER (WHERE r.errors + r.warnings > 0)::int AS with_problems,
            coalesce(sum(r.errors), 0)::int AS errors, coalesce(sum(r.warnings), 0)::int AS warnings
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2`,
    [year, like],
  );
  const rows = await db.query<{
    id: number;
    name: string;
    region_name: string;
    status: ReviewStatus | null;
    findings: SettledFinding[] | null;
  }>(
    `SELECT u.id, u.name, g.name AS region_name, r.status, r.findings
       FROM units u JOIN regions g ON g.id = u.region_id
       LEFT JOIN reports r ON r.unit_id = u.id AND r.year = $1
      WHERE g.path LIKE $2 ORDER BY g.path, u.name LIMIT $3`,
    [year, like, limit],
  );
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
