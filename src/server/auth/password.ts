import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

/**
 * argon2id at 64 MiB, 3 passes, one lane: about 100–150 ms on this machine's core, under the
 * 300 ms a sign-in may take (`npm run bench:server` prints server_login_ms).
 */
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum isolatedModules cannot read) */,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
};

export const MIN_PASSWORD_LENGTH = 10;

/** Why a new password is refused, in Chinese, or undefined when it is acceptable. */
export function passwordProblem(password: string, login?: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `密码至少要有 ${MIN_PASSWORD_LENGTH} 个字符。`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return '这个密码太常见，很容易被猜中，请换一个。';
  if (login && lower.includes(login.toLowerCase())) return '密码不能包含登录名。';
  if (new Set(password).size < 4) return '密码的字符过于重复，请换一个。';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a malformed hash (never throws). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the login does not exist, so both take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
}
