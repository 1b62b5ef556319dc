import { selectForSum } from './select-for-sum';
import type { Finding } from '../report/findings';
import { restoreDraft } from '../report/restore';
import { checkDraft } from '../report/rules/check-draft';
import type { Draft, ReviewStatus } from '../report/schema';

/** A published report (.txt/.html/.docx) turned into a draft plus the findings of its printed totals. */
export type PublishedImporter = (
  name: string,
  bytes: Uint8Array,
) => Promise<{ ok: true; draft: Draft; findings: readonly Finding[] } | { ok: false; message: string }>;

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

const DRAFT_EXTENSIONS = /\.json$/i;
const PUBLISHED_EXTENSIONS = /\.(txt|html?|docx)$/i;

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

/** Checks one dropped file: a draft (.json) or a published report; never throws. */
export async function checkBatchFile(
  file: string,
  bytes: Uint8Array,
  importPublished?: PublishedImporter,
): Promise<BatchRow> {
  try {
    if (DRAFT_EXTENSIONS.test(file)) {
      const restored = restoreDraft(new TextDecoder().decode(bytes));
      if (!restored.ok)
        return unreadable(file, restored.findings[0]?.message ?? '无法读取', restored.findings);
      return rowFor(file, 'draft', restored.draft, checkDraft(restored.draft));
    }
    if (PUBLISHED_EXTENSIONS.test(file) && importPublished) {
      const imported = await importPublished(file, bytes);
      if (!imported.ok) return unreadable(file, imported.message);
      return rowFor(file, 'published', imported.draft, [...imported.findings, ...checkDraft(imported.draft)]);
    }
    return unreadable(
      file,
      '不支持的文件类型：只能读取草稿文件（.json）或已发布的报告（.txt、.html、.docx）。',
    );
  } catch (e) {
    return unreadable(file, `读取失败：${e instanceof Error ? e.message : String(e)}`);
  }
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
