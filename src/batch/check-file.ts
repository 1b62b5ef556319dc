import { readAnyFile } from '../import/read-any-file';
import type { Finding } from '../report/findings';
import { selectForSum } from './select-for-sum';
import type { Draft, ReviewStatus } from '../report/schema';

/** One row of the batch table. */
export interface BatchRow {
  readonly file: string;
  readonly kind: 'draft' | 'published' | 'unreadable';
  readonly agency: string;
  readonly year: number | null;
  readonly status: ReviewStatus | null;
  readonly errors: number;
  readonly warnings: number;
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
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
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

/** Rows that go into the county sum, and the ones left out with the reason. */
export function partitionForSum(rows: readonly BatchRow[]): {
  included: Draft[];
  left: { file: string; reason: string }[];
} {
  const clean: { file: string; draft: Draft }[] = [];
  const left: { file: string; reason: string }[] = [];
  for (const r of rows) {
    if (r.kind === 'unreadable' || !r.draft) left.push({ file: r.file, reason: r.message ?? '无法读取' });
    else if (r.errors > 0) left.push({ file: r.file, reason: `有 ${r.errors} 个错误` });
    else clean.push({ file: r.file, draft: r.draft });
  }
  const selection = selectForSum(clean);
  return { included: selection.included.map((c) => c.draft), left: [...left, ...selection.left] };
}
