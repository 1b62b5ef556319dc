import type { ExportFormat, ExportResult } from '../../export/export-report';
import type { Draft } from '../../report/schema';
import { downloadFile } from '../common/download-file';

/**
 * Exports the report in one format and lets the browser download it under the name
 * exportReport gives. The exporters are loaded only now (the Word writer only for .docx).
 */
export async function exportAndDownload(
  draft: Draft,
  format: ExportFormat,
  draftCopy: boolean,
): Promise<ExportResult> {
  const { exportReport } = await import('../../export/export-report');
  const result = await exportReport(draft, format, { draftCopy });
  if (result.ok) downloadFile(result.fileName, result.data, result.mimeType);
  return result;
}

/** Prints the report in its official layout (loaded on demand). */
export async function printDraft(draft: Draft, draftCopy: boolean): Promise<void> {
  const { printReport } = await import('../report-view/print-report');
  await printReport(draft, { draftMark: draftCopy });
}
