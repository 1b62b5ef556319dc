import { randomBytes } from 'node:crypto';
import { createRegion, createUnit, createUser, loginExists, topRegionExists } from '../accounts/accounts';
import type { Database } from '../db/database';

export const DEMO_REGION = '演示县';
const DEMO_UNITS = ['演示县人民政府办公室', '演示县教育局', '演示县自然资源局'] as const;
/** The demo's 管理员 (a demo seeded before it had one gets it on its next start). */
export const DEMO_ADMIN = 'admin';

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
    if (await topRegionExists(tx, DEMO_REGION)) return false;
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
    await createUser(tx, { login: DEMO_ADMIN, displayName: '演示管理员', password, role: 'admin' }, now);
    return true;
  });
}

/**
 * Adds the demo's 管理员 to a demo seeded before the demo had one, with `password`; false when
 * there is one already (the demo then has a way in for every role, without `admin create-user`).
 */
export async function ensureDemoAdmin(db: Database, password: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await loginExists(tx, DEMO_ADMIN)) return false;
    await createUser(tx, { login: DEMO_ADMIN, displayName: '演示管理员', password, role: 'admin' }, now);
    return true;
  });
}

/** How to sign in as each role of the demo, for the server's start-up lines. */
export function demoSignInLines(origin: string): string[] {
  return [
    `演示账号（在 ${origin}/ 登录）：`,
    `  管理员 ${DEMO_ADMIN}：单位、用户、地区、审计日志（登录后进入“管理”）`,
    `  审核人 supervisor：${DEMO_REGION}的审核台（单位名单、汇总、问题清单）`,
    `  填报人 clerk1、clerk2、clerk3：各自单位的年度报告（${DEMO_UNITS.join('、')}）`,
  ];
}
