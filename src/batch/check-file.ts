import { readAnyFile } from '../import/read-any-file';
import { REVIEW_STATUS_LABELS } from '../report/layout/review-status';
import type { Finding } from '../report/findings';
import { findingKind, verdictOf, verdictText } from '../report/findings';
import { selectForSum } from './select-for-sum';
import { checkDraft } from '../report/rules/check-draft';
import type { Draft, ReviewStatus } from '../report/schema';

/** One row of the batch table. */
export interface BatchRow {
  readonly file: string;
  readonly kind: 'draft' | 'published' | 'unreadable';
  readonly agency: string;
  readonly year: number | null;
  readonly status: ReviewStatus | null;
  /** Errors and warnings of the report's own (never a reading gap). */
  readonly errors: number;
  readonly warnings: number;
  /** Places the tool could not read (a published report). */
  readonly gaps: number;
  /** 通过, 通过（N 处未能读取）, N 个错误 or 无法读取. */
  readonly verdict: string;
  readonly findings: readonly Finding[];
  readonly draft?: Draft;
  /** Why the file could not be read, in Chinese. */
  readonly message?: string;
}

function rowFor(file: string, kind: BatchRow['kind'], draft: Draft, findings: readonly Finding[]): BatchRow {
  return {
    file,
    kind,
    agency: draft.meta.agencyName,
    year: draft.meta.year,
    status: kind === 'draft' ? (draft.review?.status ?? 'draft') : null,
    errors: findings.filter((f) => f.severity === 'error' && findingKind(f) === 'report').length,
    warnings: findings.filter((f) => f.severity === 'warning' && findingKind(f) === 'report').length,
    gaps: findings.filter((f) => findingKind(f) === 'gap').length,
    verdict: verdictText(verdictOf(findings)),
    findings,
    draft,
  };
}

function unreadable(file: string, message: string, findings: readonly Finding[] = []): BatchRow {
  return {
    file,
    kind: 'unreadable',
    agency: '',
    year: null,
    status: null,
    errors: 1,
    warnings: 0,
    gaps: 0,
    verdict: '无法读取',
    findings,
    message,
  };
}

/** Checks one dropped file — a draft or a published report — through the one reader; never throws. */
export async function checkBatchFile(file: string, bytes: Uint8Array): Promise<BatchRow> {
  const read = await readAnyFile(bytes, file);
  if (!read.draft || read.source.kind === 'unreadable') {
    return unreadable(file, read.findings[0]?.message ?? '无法读取', read.findings);
  }
  return rowFor(file, read.source.kind, read.draft, read.findings);
}

/** The rules that need last year's report: 上年结转 (X1), 现行有效件数 (X2), same words (C5). */
const ACROSS_YEARS = new Set(['X1', 'X2', 'C5', 'Y3']);

/**
 * With both years of a unit among the files (same 机关名称, year and year − 1), each later row
 * gets the findings that compare it with the earlier one.
 */
export function withLastYear(rows: readonly BatchRow[]): BatchRow[] {
  const byUnitYear = new Map<string, Draft>();
  for (const r of rows) if (r.draft) byUnitYear.set(`${r.agency.trim()}|${r.year}`, r.draft);
  return rows.map((r) => {
    const previous =
      r.draft && r.year !== null ? byUnitYear.get(`${r.agency.trim()}|${r.year - 1}`) : undefined;
    if (!r.draft || !previous || r.agency.trim() === '') return r;
    const seen = new Set(r.findings.map((f) => `${f.rule}|${f.path}`));
    const added = checkDraft(r.draft, { previous }).filter(
      (f) => ACROSS_YEARS.has(f.rule) && !seen.has(`${f.rule}|${f.path}`),
    );
    if (added.length === 0) return r;
    return rowFor(r.file, r.kind, r.draft, [...r.findings, ...added]);
  });
}

/** Rows that go into the county sum, and the ones left out with the reason. */
export function partitionForSum(
  rows: readonly BatchRow[],
  { approvedOnly = false }: { approvedOnly?: boolean } = {},
): {
  included: Draft[];
  left: { file: string; reason: string }[];
} {
  const clean: { file: string; draft: Draft }[] = [];
  const left: { file: string; reason: string }[] = [];
  for (const r of rows) {
    if (r.kind === 'unreadable' || !r.draft) left.push({ file: r.file, reason: r.message ?? '无法读取' });
    else if (r.errors > 0) left.push({ file: r.file, reason: `有 ${r.errors} 个错误` });
    // A published report was approved before it was published; a draft counts once approved.
    else if (approvedOnly && r.kind === 'draft' && r.status !== 'approved')
      left.push({
        file: r.file,
        reason: `状态为“${REVIEW_STATUS_LABELS[r.status ?? 'draft']}”，尚未审核通过`,
      });
    else clean.push({ file: r.file, draft: r.draft });
  }
  const selection = selectForSum(clean);
  return { included: selection.included.map((c) => c.draft), left: [...left, ...selection.left] };
}
