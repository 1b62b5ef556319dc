import type { Overview } from '../../../api-contract/endpoints';
import {
  REGION_LEVEL_NAMES,
  REGION_LEVELS,
  ROLE_NAMES,
  ROLES as ROLE_KEYS,
} from '../../../api-contract/roles';
import type { Role } from '../../../api-contract/roles';

/** What /admin/overview answers: every region, unit and user (the administrator's reads are unscoped by design). */
export type { Overview };
export type AdminUser = Overview['users'][number];

/** The region levels and roles with their words, in the contract's order, for the forms' selects. */
export const LEVELS = REGION_LEVELS.map((l) => [l, REGION_LEVEL_NAMES[l]] as const);
export const ROLES = ROLE_KEYS.map((r) => [r, ROLE_NAMES[r]] as const);

export const roleWords = (role: Role): string => ROLE_NAMES[role];

/** The unit a clerk belongs to, or the region a supervisor is responsible for, by name; — for an administrator. */
export function placeOf(user: AdminUser, overview: Overview): string {
  if (user.unitId !== null) return overview.units.find((u) => u.id === user.unitId)?.name ?? '—';
  if (user.regionId !== null) return overview.regions.find((r) => r.id === user.regionId)?.name ?? '—';
  return '—';
}
