import type { CurrentUser } from '../accounts/current-user';
import type { Queryable } from '../db/database';
import type { RegionLevel } from '../../api-contract/roles';

export interface ScopedRegion {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly level: RegionLevel;
  readonly path: string;
}

/**
 * A region a supervisor may look at: their own (when `regionId` is not given) or one in their
 * subtree. Anyone else, or a region outside it, gets undefined — answered as "not found".
 */
export async function regionInScope(
  db: Queryable,
  user: CurrentUser,
  regionId?: number,
): Promise<ScopedRegion | undefined> {
  if (user.role !== 'supervisor' || !user.regionPath || user.regionId === null) return undefined;
  const [row] = await db.query<ScopedRegion>(
    `SELECT id, parent_id AS "parentId", name, level, path FROM regions WHERE id = $1 AND path LIKE $2`,
    [regionId ?? user.regionId, `${user.regionPath}%`],
  );
  return row;
}

/** Due by the end of the day in China Standard Time. */
export function isPastDeadline(deadline: string, now: Date): boolean {
  return Date.parse(`${deadline}T23:59:59.999+08:00`) < now.getTime();
}
