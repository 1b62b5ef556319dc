import type { Overview } from './admin-overview';

/** A person by name, with the login after it; the login alone when the account is not known. */
export function personName(login: string | null, overview: Overview): string {
  if (!login) return '—';
  const user = overview.users.find((u) => u.login === login);
  return user ? `${user.displayName}（${login}）` : login;
}

/**
 * What an audit event concerns, by name: `report:34/2026` → 「某局 2026 年度报告」, `unit:34` →
 * the unit, `region:5` (or `region:5/2026`, a deadline) → the region, `user:clerk4` → the person.
 * An id no longer known stays as it is written, so nothing is hidden.
 */
export function objectName(object: string | null, overview: Overview): string {
  if (!object) return '—';
  const report = /^report:(\d+)\/(\d{4})$/.exec(object);
  if (report) {
    const unit = overview.units.find((u) => u.id === Number(report[1]));
    return unit ? `${unit.name} ${report[2]} 年度报告` : object;
  }
  const unit = /^unit:(\d+)$/.exec(object);
  if (unit) return overview.units.find((u) => u.id === Number(unit[1]))?.name ?? object;
  const region = /^region:(\d+)(?:\/(\d{4}))?$/.exec(object);
  if (region) {
    const name = overview.regions.find((r) => r.id === Number(region[1]))?.name;
    if (!name) return object;
    return region[2] ? `${name}（${region[2]} 年度）` : name;
  }
  const user = /^user:(.+)$/.exec(object);
  if (user?.[1]) return personName(user[1], overview);
  return object;
}
