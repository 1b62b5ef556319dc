import { randomBytes } from 'node:crypto';
import { createRegion, createUnit, createUser } from '../accounts/accounts';
import type { Database } from '../db/database';

export const DEMO_REGION = '演示县';
const DEMO_UNITS = ['演示县人民政府办公室', '演示县教育局', '演示县自然资源局'] as const;

/** A random password that passes the password rules (16 characters of base64url). */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Seeds the demo county once: 演示县 with three units, clerk1..3 (one unit each) and
 * supervisor (the county), all with `password`. Returns false when it is already there.
 */
export async function seedDemo(db: Database, password: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.query('SELECT id FROM regions WHERE name = $1 AND parent_id IS NULL', [
      DEMO_REGION,
    ]);
    if (existing) return false;
    const region = await createRegion(tx, { name: DEMO_REGION, level: 'county' });
    for (const [i, name] of DEMO_UNITS.entries()) {
      const unit = await createUnit(tx, { name, regionId: region.id });
      await createUser(
        tx,
        { login: `clerk${i + 1}`, displayName: `填报人${i + 1}`, password, role: 'clerk', unitId: unit.id },
        now,
      );
    }
    await createUser(
      tx,
      { login: 'supervisor', displayName: '演示县审核人', password, role: 'supervisor', regionId: region.id },
      now,
    );
    return true;
  });
}
