import { csvText } from '../../../batch/csv';
import { NO_REPORT_LABEL, REVIEW_STATUS_LABELS } from '../../../report/layout/review-status';
import type { ReviewStatus } from '../../../report/schema';
import type { DeskRegion, RosterAnswer, RosterUnit } from '../../../api-contract/desk-endpoints';
import { formatDateTime } from '../../common/format-time';

/** A roster status: a report's review status, or `none` when the unit has no report yet. */
export type RosterStatus = ReviewStatus | 'none';

/** In the order a supervisor works through them: not started first, approved last. */
export const ROSTER_STATUSES: readonly RosterStatus[] = [
  'none',
  'draft',
  'returned',
  'submitted',
  'approved',
];

export function statusOf(u: RosterUnit): RosterStatus {
  return u.status ?? 'none';
}

export function statusLabel(s: RosterStatus): string {
  return s === 'none' ? NO_REPORT_LABEL : REVIEW_STATUS_LABELS[s];
}

export type StatusCounts = Readonly<Record<RosterStatus, number>> & { readonly overdue: number };

export function countStatuses(units: readonly RosterUnit[]): StatusCounts {
  const counts = { none: 0, draft: 0, returned: 0, submitted: 0, approved: 0, overdue: 0 };
  for (const u of units) {
    counts[statusOf(u)]++;
    if (u.overdue) counts.overdue++;
  }
  return counts;
}

export type RosterSort = 'name' | 'status' | 'updated' | 'errors';

export interface RosterView {
  readonly status: RosterStatus | 'all' | 'overdue' | 'not-submitted';
  readonly search: string;
  readonly sort: RosterSort;
}

/** Not yet with the supervisor: no report, a draft, or returned and not resubmitted. */
export function notSubmitted(u: RosterUnit): boolean {
  const s = statusOf(u);
  return s === 'none' || s === 'draft' || s === 'returned';
}

function matches(u: RosterUnit, view: RosterView): boolean {
  if (view.status === 'overdue' && !u.overdue) return false;
  if (view.status === 'not-submitted' && !notSubmitted(u)) return false;
  if (ROSTER_STATUSES.includes(view.status as RosterStatus) && statusOf(u) !== view.status) return false;
  const q = view.search.trim();
  return q === '' || u.name.includes(q);
}

const byName = (a: RosterUnit, b: RosterUnit) => a.name.localeCompare(b.name, 'zh-CN');
const SORTS: Readonly<Record<RosterSort, (a: RosterUnit, b: RosterUnit) => number>> = {
  name: byName,
  status: (a, b) =>
    ROSTER_STATUSES.indexOf(statusOf(a)) - ROSTER_STATUSES.indexOf(statusOf(b)) || byName(a, b),
  // The most recently changed first; never changed last.
  updated: (a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || byName(a, b),
  errors: (a, b) =>
    (b.errors ?? -1) - (a.errors ?? -1) || (b.warnings ?? -1) - (a.warnings ?? -1) || byName(a, b),
};

export interface RosterGroup {
  readonly region: DeskRegion;
  /** The region's ancestors inside the answer, from the top (for the heading). */
  readonly trail: readonly string[];
  readonly units: readonly RosterUnit[];
  /** Counts over every unit of the region's whole subtree (not only the shown ones). */
  readonly subtotal: StatusCounts;
}

/**
 * The roster as shown: one group per region (the supervisor's own and every sub-region, in tree
 * order), each with its shown units and its subtree's subtotal.
 */
export function rosterGroups(answer: RosterAnswer, view: RosterView): RosterGroup[] {
  const regions = new Map(answer.regions.map((g) => [g.id, g]));
  const ancestorsOf = (g: DeskRegion): DeskRegion[] => {
    const out: DeskRegion[] = [];
    for (let p = g.parentId === null ? undefined : regions.get(g.parentId); p && p.depth >= 0;) {
      out.unshift(p);
      p = p.parentId === null ? undefined : regions.get(p.parentId);
    }
    return out;
  };
  const subtreeOf = new Map<number, RosterUnit[]>();
  for (const u of answer.units) {
    const g = regions.get(u.regionId);
    if (!g) continue;
    for (const a of [...ancestorsOf(g), g]) subtreeOf.set(a.id, [...(subtreeOf.get(a.id) ?? []), u]);
  }
  return answer.regions
    .filter((g) => g.depth >= 0)
    .map((g) => ({
      region: g,
      trail: ancestorsOf(g).map((a) => a.name),
      units: answer.units.filter((u) => u.regionId === g.id && matches(u, view)).sort(SORTS[view.sort]),
      subtotal: countStatuses(subtreeOf.get(g.id) ?? []),
    }));
}

/** The units that have not submitted, one line each (地区 单位 状态), for pasting into a notice. */
export function notSubmittedText(answer: RosterAnswer): string {
  const names = new Map(answer.regions.map((g) => [g.id, g.name]));
  return answer.units
    .filter(notSubmitted)
    .map(
      (u) =>
        `${names.get(u.regionId) ?? ''}\t${u.name}\t${statusLabel(statusOf(u))}${u.overdue ? '（逾期）' : ''}`,
    )
    .join('\n');
}

/** The same list as CSV. */
export function notSubmittedCsv(answer: RosterAnswer): string {
  const names = new Map(answer.regions.map((g) => [g.id, g.name]));
  return csvText([
    ['地区', '单位', '状态', '截止日期', '是否逾期', '最后修改时间', '最后修改人'],
    ...answer.units
      .filter(notSubmitted)
      .map((u) => [
        names.get(u.regionId) ?? '',
        u.name,
        statusLabel(statusOf(u)),
        u.deadline ?? '',
        u.overdue ? '逾期' : '',
        u.updatedAt ? formatDateTime(u.updatedAt) : '',
        u.updatedBy ?? '',
      ]),
  ]);
}
