import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database';
import { hashPassword, passwordProblem } from '../auth/password';
import { deleteUserSessions } from '../auth/sessions';
import type { RegionLevel, Role } from './roles';

/** A refusal with a Chinese message for the user (an HTTP status goes with it). */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409 = 400,
  ) {
    super(message);
  }
}

export interface RegionRow {
  readonly id: number;
  readonly parent_id: number | null;
  readonly name: string;
  readonly level: RegionLevel;
  readonly path: string;
}

export async function createRegion(
  db: Queryable,
  input: { name: string; level: RegionLevel; parentId?: number | undefined },
): Promise<RegionRow> {
  const name = input.name.trim();
  if (!name) throw new AccountError('地区名称不能为空。');
  let parentPath = '/';
  if (input.parentId !== undefined) {
    const [parent] = await db.query<RegionRow>('SELECT * FROM regions WHERE id = $1', [input.parentId]);
    if (!parent) throw new AccountError('上级地区不存在。', 404);
    parentPath = parent.path;
  }
  const same = await db.query('SELECT 1 FROM regions WHERE name = $1 AND parent_id IS NOT DISTINCT FROM $2', [
    name,
    input.parentId ?? null,
  ]);
  if (same.length > 0) throw new AccountError(`已有同名地区“${name}”。`, 409);
  const [row] = await db.query<RegionRow>(
    'INSERT INTO regions (parent_id, name, level, path) VALUES ($1, $2, $3, $4) RETURNING *',
    // The path needs the new id: a unique placeholder first, the real path right after.
    [input.parentId ?? null, name, input.level, `${parentPath}new-${randomUUID()}`],
  );
  if (!row) throw new Error('insert returned nothing');
  const [fixed] = await db.query<RegionRow>('UPDATE regions SET path = $2 WHERE id = $1 RETURNING *', [
    row.id,
    `${parentPath}${row.id}/`,
  ]);
  return fixed ?? row;
}

export interface UnitRow {
  readonly id: number;
  readonly region_id: number;
  readonly name: string;
}

export async function createUnit(db: Queryable, input: { name: string; regionId: number }): Promise<UnitRow> {
  const name = input.name.trim();
  if (!name) throw new AccountError('单位名称不能为空。');
  const [region] = await db.query('SELECT id FROM regions WHERE id = $1', [input.regionId]);
  if (!region) throw new AccountError('地区不存在。', 404);
  const same = await db.query('SELECT 1 FROM units WHERE region_id = $1 AND name = $2', [
    input.regionId,
    name,
  ]);
  if (same.length > 0) throw new AccountError(`该地区已有单位“${name}”。`, 409);
  const [row] = await db.query<UnitRow>('INSERT INTO units (region_id, name) VALUES ($1, $2) RETURNING *', [
    input.regionId,
    name,
  ]);
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export interface NewUser {
  readonly login: string;
  readonly displayName: string;
  readonly password: string;
  readonly role: Role;
  readonly unitId?: number | undefined;
  readonly regionId?: number | undefined;
}

export interface UserRow {
  readonly id: number;
  readonly login: string;
  readonly display_name: string;
  readonly role: Role;
  readonly unit_id: number | null;
  readonly region_id: number | null;
}

const LOGIN_PATTERN = /^[A-Za-z0-9_.-]{2,40}$/;

export async function createUser(db: Queryable, input: NewUser, now: Date): Promise<UserRow> {
  const login = input.login.trim();
  if (!LOGIN_PATTERN.test(login)) throw new AccountError('登录名只能由 2–40 个字母、数字、“_”“.”“-”组成。');
  const displayName = input.displayName.trim();
  if (!displayName) throw new AccountError('姓名不能为空。');
  const problem = passwordProblem(input.password, login);
  if (problem) throw new AccountError(problem);
  if (input.role === 'clerk' && input.unitId === undefined)
    throw new AccountError('填报人必须属于一个单位。');
  if (input.role === 'supervisor' && input.regionId === undefined)
    throw new AccountError('审核人必须负责一个地区。');
  if (input.role === 'clerk') {
    const [unit] = await db.query('SELECT id FROM units WHERE id = $1', [input.unitId]);
    if (!unit) throw new AccountError('单位不存在。', 404);
  }
  if (input.role === 'supervisor') {
    const [region] = await db.query('SELECT id FROM regions WHERE id = $1', [input.regionId]);
    if (!region) throw new AccountError('地区不存在。', 404);
  }
  const [taken] = await db.query('SELECT 1 FROM users WHERE login = $1', [login]);
  if (taken) throw new AccountError(`登录名“${login}”已被使用。`, 409);
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (login, display_name, password_hash, role, unit_id, region_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, login, display_name, role, unit_id, region_id`,
    [
      login,
      displayName,
      await hashPassword(input.password),
      input.role,
      input.role === 'clerk' ? input.unitId : null,
      input.role === 'supervisor' ? input.regionId : null,
      now,
    ],
  );
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Sets a new password, unlocks the account and signs it out everywhere. */
export async function resetPassword(db: Queryable, login: string, password: string): Promise<UserRow> {
  const problem = passwordProblem(password, login);
  if (problem) throw new AccountError(problem);
  const [row] = await db.query<UserRow>(
    `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE login = $1
     RETURNING id, login, display_name, role, unit_id, region_id`,
    [login, await hashPassword(password)],
  );
  if (!row) throw new AccountError(`没有登录名为“${login}”的用户。`, 404);
  await deleteUserSessions(db, row.id);
  return row;
}

export async function userCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row?.n ?? 0;
}

/**
 * Every region, unit and account, for the administrator's page. Unscoped by design: the
 * administrator manages the whole tree of accounts (and reads no report).
 */
export async function accountsOverview(db: Queryable) {
  const regions = await db.query<{
    id: number;
    parentId: number | null;
    name: string;
    level: RegionLevel;
    path: string;
  }>('SELECT id, parent_id AS "parentId", name, level, path FROM regions ORDER BY path');
  const units = await db.query<{ id: number; regionId: number; name: string }>(
    'SELECT id, region_id AS "regionId", name FROM units ORDER BY region_id, name',
  );
  const users = await db.query<{
    id: number;
    login: string;
    displayName: string;
    role: Role;
    unitId: number | null;
    regionId: number | null;
    lockedUntil: Date | null;
  }>(
    `SELECT id, login, display_name AS "displayName", role, unit_id AS "unitId", region_id AS "regionId",
            locked_until AS "lockedUntil" FROM users ORDER BY login`,
  );
  return { regions, units, users };
}

/** Whether a unit exists (the administrator's import names any unit). */
export async function unitExists(db: Queryable, unitId: number): Promise<boolean> {
  const [unit] = await db.query('SELECT id FROM units WHERE id = $1', [unitId]);
  return unit !== undefined;
}

/** What signing in and changing a password read of an account. */
export interface CredentialRow {
  readonly id: number;
  readonly password_hash: string;
  readonly failed_logins: number;
  readonly locked_until: Date | null;
  readonly role: Role;
}

/** The account's credentials by login (sign-in) or by id (a signed-in user). */
export async function credentials(db: Queryable, by: { login: string } | { id: number }) {
  const [row] = await db.query<CredentialRow>(
    `SELECT id, password_hash, failed_logins, locked_until, role FROM users
      WHERE ${'login' in by ? 'login' : 'id'} = $1`,
    ['login' in by ? by.login : by.id],
  );
  return row;
}

/** A new password hash, and the wrong-password count and lock cleared. */
export async function setPasswordHash(db: Queryable, userId: number, hash: string): Promise<void> {
  await db.query(
    'UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1',
    [userId, hash],
  );
}

/** Whether a top-level region of this name exists (the demo is seeded once). */
export async function topRegionExists(db: Queryable, name: string): Promise<boolean> {
  const [row] = await db.query('SELECT id FROM regions WHERE name = $1 AND parent_id IS NULL', [name]);
  return row !== undefined;
}

/** Whether an account of this login exists. */
export async function loginExists(db: Queryable, login: string): Promise<boolean> {
  const [row] = await db.query('SELECT id FROM users WHERE login = $1', [login]);
  return row !== undefined;
}
