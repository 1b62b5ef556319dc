/** What /admin/overview answers: every region, unit and user (the administrator's reads are unscoped by design). */
export interface Overview {
  readonly regions: readonly {
    id: number;
    parentId: number | null;
    name: string;
    level: string;
    path: string;
  }[];
  readonly units: readonly { id: number; regionId: number; name: string }[];
  readonly users: readonly AdminUser[];
}

export interface AdminUser {
  readonly id: number;
  readonly login: string;
  readonly displayName: string;
  readonly role: string;
  readonly unitId: number | null;
  readonly regionId: number | null;
}

export const LEVELS = [
  ['province', '省'],
  ['city', '市'],
  ['county', '县'],
  ['township', '乡镇'],
] as const;

export const ROLES = [
  ['clerk', '填报人'],
  ['supervisor', '审核人'],
  ['admin', '管理员'],
] as const;

export const roleWords = (role: string): string => ROLES.find(([v]) => v === role)?.[1] ?? role;

/** The unit a clerk belongs to, or the region a supervisor is responsible for, by name; — for an administrator. */
export function placeOf(user: AdminUser, overview: Overview): string {
  if (user.unitId !== null) return overview.units.find((u) => u.id === user.unitId)?.name ?? '—';
  if (user.regionId !== null) return overview.regions.find((r) => r.id === user.regionId)?.name ?? '—';
  return '—';
}
