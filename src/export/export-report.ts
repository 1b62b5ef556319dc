import type { Finding } from '../report/findings';
import { checkDraft } from '../report/rules/check-draft';
import type { Draft } from '../report/schema';
import { DRAFT_WATERMARK } from './draft-mark';
import { reportFileName } from './file-name';
import { renderReportHtml } from './html';
import { buildReportDocument } from './report-document';
import { renderReportText } from './text';

export type ExportFormat = 'html' | 'docx' | 'txt';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['html', 'docx', 'txt'];

export const MIME_TYPES: Record<ExportFormat, string> = {
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain;charset=utf-8',
};

export interface ExportOptions {
  /** Export even with errors, marked 草稿 in every format. */
  readonly draftCopy?: boolean;
}

export type ExportResult =
  | {
      readonly ok: true;
      readonly data: string | Uint8Array;
      readonly fileName: string;
      readonly mimeType: string;
    }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Exports a draft as a finished report. A report with any error (a broken 勾稽关系, a bad
 * value) is refused with the errors; a draft copy is always exported, marked 草稿.
 * The Word writer is loaded only when a .docx is asked for.
 */
export async function exportReport(
  draft: Draft,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const draftCopy = options.draftCopy ?? false;
  if (!draftCopy) {
    const errors = checkDraft(draft).filter((f) => f.severity === 'error');
    if (errors.length > 0) return { ok: false, findings: errors };
  }
  const doc = buildReportDocument(draft, { draftMark: draftCopy });
  const data =
    format === 'docx'
      ? await (await import('./docx')).renderReportDocx(doc)
      : format === 'html'
        ? renderReportHtml(doc)
        : renderReportText(doc);
  const fileName = reportFileName(doc.title, format, draftCopy ? `（${DRAFT_WATERMARK}）` : '');
  return { ok: true, data, fileName, mimeType: MIME_TYPES[format] };
}
