import {
  AccountError,
  accountsOverview,
  createRegion,
  createUnit,
  createUser,
  resetPassword,
} from '../accounts/accounts';
import { REGION_LEVELS, ROLES } from '../accounts/roles';
import type { RegionLevel, Role } from '../accounts/roles';
import { audit } from '../audit/audit-log';
import type { Database } from '../db/database';

export const ADMIN_USAGE = `用法：npm run server -- admin <命令> [选项]
  create-region --name 名称 --level province|city|county|township [--parent 上级地区编号]
  create-unit   --name 名称 --region 地区编号
  create-user   --login 登录名 --name 姓名 --role clerk|supervisor|admin [--unit 单位编号] [--region 地区编号]
                （密码从环境变量 NEW_PASSWORD 读取，不写在命令行里）
  reset-password --login 登录名   （新密码从环境变量 NEW_PASSWORD 读取）
  list          列出地区、单位和用户`;

function options(args: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (!a.startsWith('--')) throw new AccountError(`无法理解的参数：${a}\n${ADMIN_USAGE}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new AccountError(`参数 ${a} 缺少取值。`);
    map.set(a.slice(2), value);
    i++;
  }
  return map;
}

function need(o: Map<string, string>, key: string): string {
  const v = o.get(key);
  if (v === undefined) throw new AccountError(`缺少 --${key}。\n${ADMIN_USAGE}`);
  return v;
}

function idOf(o: Map<string, string>, key: string): number | undefined {
  const v = o.get(key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new AccountError(`--${key} 应为编号（正整数），现为 ${v}。`);
  return n;
}

function newPassword(env: NodeJS.ProcessEnv): string {
  const p = env.NEW_PASSWORD;
  if (!p) throw new AccountError('请在环境变量 NEW_PASSWORD 中给出新密码。');
  return p;
}

/** Runs one `admin …` command; returns what to print. Every change goes to the audit log. */
export async function runAdminCommand(
  db: Database,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<string> {
  const [command, ...rest] = args;
  const o = options(rest);
  const log = (action: 'create-region' | 'create-unit' | 'create-user' | 'reset-password', object: string) =>
    audit(db, { at: now, login: 'admin-cli', action, object, result: 'ok', clientAddress: 'command line' });
  switch (command) {
    case 'create-region': {
      const level = need(o, 'level');
      if (!(REGION_LEVELS as readonly string[]).includes(level))
        throw new AccountError(`--level 应为 ${REGION_LEVELS.join('、')}。`);
      const r = await createRegion(db, {
        name: need(o, 'name'),
        level: level as RegionLevel,
        parentId: idOf(o, 'parent'),
      });
      await log('create-region', `region:${r.id}`);
      return `已创建地区 ${r.name}（编号 ${r.id}）`;
    }
    case 'create-unit': {
      const regionId = idOf(o, 'region');
      if (regionId === undefined) throw new AccountError('缺少 --region。');
      const u = await createUnit(db, { name: need(o, 'name'), regionId });
      await log('create-unit', `unit:${u.id}`);
      return `已创建单位 ${u.name}（编号 ${u.id}）`;
    }
    case 'create-user': {
      const role = need(o, 'role');
      if (!(ROLES as readonly string[]).includes(role))
        throw new AccountError(`--role 应为 ${ROLES.join('、')}。`);
      const u = await createUser(
        db,
        {
          login: need(o, 'login'),
          displayName: need(o, 'name'),
          password: newPassword(env),
          role: role as Role,
          unitId: idOf(o, 'unit'),
          regionId: idOf(o, 'region'),
        },
        now,
      );
      await log('create-user', `user:${u.login}`);
      return `已创建用户 ${u.login}（${u.display_name}）`;
    }
    case 'reset-password': {
      const u = await resetPassword(db, need(o, 'login'), newPassword(env));
      await log('reset-password', `user:${u.login}`);
      return `已重置 ${u.login} 的密码，并已让该用户在所有地方退出登录`;
    }
    case 'list': {
      const { regions, units, users } = await accountsOverview(db);
      return [
        '地区：',
        ...regions.map((r) => `  ${r.id}\t${r.name}\t${r.level}\t${r.path}`),
        '单位：',
        ...units.map((u) => `  ${u.id}\t${u.name}\t地区 ${u.regionId}`),
        '用户：',
        ...users.map((u) => `  ${u.login}\t${u.displayName}\t${u.role}`),
      ].join('\n');
    }
    default:
      throw new AccountError(ADMIN_USAGE);
  }
}
