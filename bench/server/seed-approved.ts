import type { Database } from '../../src/server/db/database';
import { approve, submit } from '../../src/report/review';
import type { Draft } from '../../src/report/schema';
import { storedDocument } from '../../src/server/reports/stored-document';

/**
 * One report under `regionId` made approved the way the server approves (history and content
 * digest), for the publication check's figure: the SQL-seeded reports only carry the status.
 * Returns its unit id.
 */
export async function seedOneApproved(
  db: Database,
  regionId: number,
  year: number,
  draft: Draft,
): Promise<number> {
  const [row] = await db.query<{ unit_id: number }>(
    `SELECT r.unit_id FROM reports r JOIN units u ON u.id = r.unit_id JOIN regions g ON g.id = u.region_id
      WHERE r.year = $2 AND r.status = 'approved'
        AND g.path LIKE (SELECT path FROM regions WHERE id = $1) || '%'
      ORDER BY r.unit_id LIMIT 1`,
    [regionId, year],
  );
  if (!row) throw new Error('no approved report to check');
  const at = new Date().toISOString();
  const submitted = submit(draft, [], '填报人', at);
  if (!submitted.ok) throw new Error(submitted.message);
  const approved = approve(submitted.draft, [], '审核人', at);
  if (!approved.ok) throw new Error(approved.message);
  const stored = storedDocument(approved.draft);
  await db.query(`UPDATE reports SET document = $3::jsonb, sha256 = $4 WHERE unit_id = $1 AND year = $2`, [
    row.unit_id,
    year,
    JSON.stringify(stored.draft),
    stored.sha256,
  ]);
  return row.unit_id;
}
