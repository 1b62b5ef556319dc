import type { Queryable } from '../db/database';
import type { Role } from './roles';

/** The signed-in user, with what bounds their scope. */
export interface CurrentUser {
  readonly id: number;
  readonly login: string;
  readonly displayName: string;
  readonly role: Role;
  /** A clerk's unit. */
  readonly unitId: number | null;
  /** A supervisor's region, and its path ('/1/4/'): their scope is every region whose path starts so. */
  readonly regionId: number | null;
  readonly regionPath: string | null;
}

export async function loadUser(db: Queryable, id: number): Promise<CurrentUser | undefined> {
  const [row] = await db.query<{
    id: number;
    login: string;
    display_name: string;
    role: Role;
    unit_id: number | null;
    region_id: number | null;
    path: string | null;
  }>(
    `SELECT u.id, u.login, u.display_name, u.role, u.unit_id, u.region_id, g.path
       FROM users u LEFT JOIN regions g ON g.id = u.region_id
      WHERE u.id = $1`,
    [id],
  );
  if (!row) return undefined;
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    regionId: row.region_id,
    regionPath: row.path,
  };
}
