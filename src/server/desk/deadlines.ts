import type { CurrentUser } from '../accounts/current-user';
import { audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { ReportError } from '../reports/report-errors';
import { regionInScope, writeDeadline } from './desk-store';

/** Due by the end of the day in China Standard Time. */
export function isPastDeadline(deadline: string, now: Date): boolean {
  return Date.parse(`${deadline}T23:59:59.999+08:00`) < now.getTime();
}

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export interface DeadlineChange {
  readonly regionId: number;
  readonly year: number;
  /** null clears it (the region then follows its ancestors' deadline, if any). */
  readonly deadline: string | null;
}

/**
 * Sets (or clears) a region's deadline for a year. Only a supervisor of that region or one
 * above it may: any other region is "not found". Written to the audit log.
 */
export async function setDeadline(
  db: Database,
  user: CurrentUser,
  change: DeadlineChange,
  now: Date,
  clientAddress: string,
): Promise<void> {
  if (change.deadline !== null && !isCalendarDay(change.deadline)) {
    throw new ReportError(422, '截止日期无效，请写成 2026-01-31 这样的日期。');
  }
  await db.transaction(async (tx) => {
    const region = await regionInScope(tx, user, change.regionId);
    if (!region) throw new ReportError(404, '没有找到这个地区。');
    await writeDeadline(tx, region, change.year, change.deadline, user.id, now);
    await audit(tx, {
      at: now,
      userId: user.id,
      login: user.login,
      action: 'set-deadline',
      object: `region:${region.id}/${change.year}`,
      result: 'ok',
      clientAddress,
      detail: change.deadline ?? '清除',
    });
  });
}
