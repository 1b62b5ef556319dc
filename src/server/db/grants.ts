import type { Transaction } from './database';

/** A PostgreSQL role name as an SQL identifier (quoted; refuses anything but a plain name). */
function identifier(role: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(role)) throw new Error(`数据库角色名无效：${role}`);
  return `"${role}"`;
}

/**
 * What the application's role may do, granted by the owner after migrating (real PostgreSQL
 * only): read and write the working tables, only read and append to the audit log.
 */
export async function grantAppRole(db: Transaction, appRole: string): Promise<void> {
  const role = identifier(appRole);
  await db.exec(`
    GRANT SELECT, INSERT, UPDATE, DELETE ON regions, units, users, sessions, setup_tokens, reports, region_deadlines, sign_in_attempts, region_year_sums TO ${role};
    GRANT SELECT, INSERT ON report_revisions, events TO ${role};
    GRANT SELECT ON schema_migrations TO ${role};
    REVOKE UPDATE, DELETE, TRUNCATE ON events, report_revisions FROM ${role};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
  `);
}
