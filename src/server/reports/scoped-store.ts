import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { ReviewStatus } from '../../report/schema';
import type { UnitRow } from '../../api-contract/endpoints';
import { readStored } from './stored-document';
import type { ReportRow } from './report-store';

/**
 * Every read of units, regions and reports on behalf of a signed-in user goes through here.
 *
 * The scope is a CTE put in front of each query: `my_regions`, `my_units` and `my_reports`
 * hold only what the user may see (a clerk: their unit, its region and its reports; a
 * supervisor: every region whose path starts with theirs, their units and reports; an
 * administrator: nothing — they manage accounts, not reports). A query here names those three
 * and never the tables themselves (`query` refuses SQL that does), so a method that forgets to
 * filter still sees only the user's units. The scope's parameter is numbered after the
 * caller's, so no caller numbers it by hand.
 *
 * Why a CTE and not row-level security: the embedded PGlite runs every query as its one
 * superuser, whom PostgreSQL exempts from row-level security, so policies would hold on
 * PostgreSQL and silently not on PGlite; the CTE holds on both.
 */
export interface ScopedStore {
  /** Any read over `my_regions`, `my_units`, `my_reports` (parameters `$1…` are the caller's). */
  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A unit in scope, or undefined. */
  unit(unitId: number): Promise<{ id: number; name: string } | undefined>;
  /** A region in scope, or undefined. */
  region(regionId: number): Promise<{ id: number; name: string } | undefined>;
  /** Every unit in scope with its report of `year` (if any), in the regions' order. */
  unitsWithReports(year: number): Promise<UnitWithReport[]>;
  /** A unit in scope and the revision and hash of its report of `year` (null: none yet). */
  reportStamp(
    unitId: number,
    year: number,
  ): Promise<{ revision: number | null; sha256: string | null } | undefined>;
  /** The report of a unit in scope; `forUpdate` locks its row for the transaction. */
  report(unitId: number, year: number, forUpdate?: boolean): Promise<ReportRow | undefined>;
}

/** One line of `GET /api/units` as the database gives it (its time a Date). */
export type UnitWithReport = Omit<UnitRow, 'updatedAt'> & { readonly updatedAt: Date | string | null };

/** The line as the contract declares it. */
export function asUnitRow(row: UnitWithReport): UnitRow {
  return { ...row, updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt).toISOString() };
}

/** The tables whose rows the scope guards: a query here reads them only through `my_*`. */
const GUARDED = /\b(?:from|join)\s+(?:regions|units|reports)\b/i;

/** The scope's conditions on regions and units for this user, and its one parameter. */
function scopeOf(user: CurrentUser, index: number) {
  const p = `$${index}`;
  if (user.role === 'clerk') {
    return {
      regions: `g.id = (SELECT s.region_id FROM units s WHERE s.id = ${p}::int)`,
      units: `u.id = ${p}::int`,
      param: user.unitId ?? -1,
    };
  }
  if (user.role === 'supervisor') {
    // The one place the subtree is written: every region whose path starts with the user's.
    return { regions: `g.path LIKE ${p}::text`, units: 'TRUE', param: `${user.regionPath ?? '-'}%` };
  }
  return { regions: `FALSE AND ${p}::text IS NULL`, units: 'FALSE', param: null };
}

/** `sql` with the user's scope in front, as `my_regions`, `my_units`, `my_reports`. */
function scoped(user: CurrentUser, sql: string, params: readonly unknown[]) {
  const s = scopeOf(user, params.length + 1);
  const cte = `WITH my_regions AS (SELECT g.* FROM regions g WHERE ${s.regions}),
       my_units AS (SELECT u.* FROM units u WHERE u.region_id IN (SELECT id FROM my_regions) AND ${s.units}),
       my_reports AS (SELECT r.* FROM reports r WHERE r.unit_id IN (SELECT id FROM my_units))
  `;
  return { sql: cte + sql, params: [...params, s.param] };
}

export function scopedStore(db: Queryable, user: CurrentUser): ScopedStore {
  const query = async <T extends object>(sql: string, params: readonly unknown[] = []): Promise<T[]> => {
    if (GUARDED.test(sql)) throw new Error('查询只能读取 my_regions、my_units、my_reports。');
    const q = scoped(user, sql, params);
    return db.query<T>(q.sql, q.params);
  };

  return {
    query,

    async unit(unitId) {
      const [row] = await query<{ id: number; name: string }>('SELECT id, name FROM my_units WHERE id = $1', [
        unitId,
      ]);
      return row;
    },

    async region(regionId) {
      const [row] = await query<{ id: number; name: string }>(
        'SELECT id, name FROM my_regions WHERE id = $1',
        [regionId],
      );
      return row;
    },

    unitsWithReports(year) {
      return query<UnitWithReport>(
        `SELECT u.id, u.name, g.id AS "regionId", g.name AS "regionName",
                r.status, r.revision, r.errors, r.warnings, r.updated_at AS "updatedAt",
                w.display_name AS "updatedBy"
           FROM my_units u JOIN my_regions g ON g.id = u.region_id
           LEFT JOIN my_reports r ON r.unit_id = u.id AND r.year = $1
           LEFT JOIN users w ON w.id = r.updated_by
          ORDER BY g.path, u.name`,
        [year],
      );
    },

    async reportStamp(unitId, year) {
      const [row] = await query<{ revision: number | null; sha256: string | null }>(
        `SELECT r.revision, r.sha256
           FROM my_units u LEFT JOIN my_reports r ON r.unit_id = u.id AND r.year = $2
          WHERE u.id = $1`,
        [unitId, year],
      );
      return row;
    },

    async report(unitId, year, forUpdate = false) {
      // A row lock cannot be taken through a WITH query: the one read of `reports` itself,
      // still bounded by `my_units`.
      // Who saved the revision, by name (a 409 tells the clerk), and when.
      const sql = `SELECT r.revision, r.status, r.document, r.updated_at AS saved_at,
              (SELECT s.display_name FROM users s WHERE s.id = r.updated_by) AS saved_by
         FROM ${forUpdate ? 'reports' : 'my_reports'} r
        WHERE r.unit_id = $1 AND r.year = $2 AND r.unit_id IN (SELECT id FROM my_units)
        ${forUpdate ? 'FOR UPDATE OF r' : ''}`;
      const q = scoped(user, sql, [unitId, year]);
      const [row] = await db.query<{
        revision: number;
        status: ReviewStatus;
        document: unknown;
        saved_at: Date;
        saved_by: string | null;
      }>(q.sql, q.params);
      if (!row) return undefined;
      return {
        unitId,
        year,
        revision: row.revision,
        status: row.status,
        document: readStored(row.document),
        savedBy: row.saved_by ?? '',
        savedAt: new Date(row.saved_at),
      };
    },
  };
}
