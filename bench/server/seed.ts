import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../src/server/db/database';
import { hashPassword } from '../../src/server/auth/password';

export interface SeededClerk {
  readonly unitId: number;
  readonly cookie: string;
}

/**
 * One county with `count` units and a clerk each, signed in (sessions written directly: the
 * bench measures saving, and sign-in on its own). All share one argon2id hash, made once.
 */
export async function seedClerks(db: Database, count: number, now: Date): Promise<SeededClerk[]> {
  const hash = await hashPassword('bench-password-0');
  const [region] = await db.query<{ id: number }>(
    "INSERT INTO regions (name, level, path) VALUES ('压测县', 'county', '/tmp/') RETURNING id",
  );
  if (!region) throw new Error('no region');
  await db.query('UPDATE regions SET path = $2 WHERE id = $1', [region.id, `/${region.id}/`]);
  await db.query(
    `INSERT INTO units (region_id, name) SELECT $1, '压测单位' || g FROM generate_series(1, $2) g`,
    [region.id, count],
  );
  await db.query(
    `INSERT INTO users (login, display_name, password_hash, role, unit_id, created_at)
     SELECT 'bench' || u.id, '填报人' || u.id, $2, 'clerk', u.id, $3 FROM units u WHERE u.region_id = $1`,
    [region.id, hash, now],
  );
  const users = await db.query<{ id: number; unit_id: number }>(
    'SELECT id, unit_id FROM users WHERE unit_id IS NOT NULL ORDER BY id',
  );
  const clerks: SeededClerk[] = [];
  for (const u of users) {
    const token = randomBytes(32).toString('base64url');
    await db.query(
      'INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)',
      [createHash('sha256').update(token).digest('hex'), u.id, now],
    );
    clerks.push({ unitId: u.unit_id, cookie: `sid=${token}` });
  }
  return clerks;
}
