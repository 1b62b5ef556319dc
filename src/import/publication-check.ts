import { buildReportDocument } from '../export/report-document';
import { renderReportText } from '../export/text';
import { comparePublication } from '../report/publication';
import type { PublicationCheck } from '../report/publication';
import type { Draft } from '../report/schema';
import type { ImportResult } from './import-result';
import { importReportFile } from './import-file';
import { importReportText } from './import-text';

/** What the supervisor gives: the published page as a file, or its text pasted. */
export type PublishedPage =
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

export type PublicationCheckResult =
  { readonly ok: true; readonly check: PublicationCheck } | { readonly ok: false; readonly message: string };

/**
 * 发布核对: reads the published page with the importer (text, HTML, .docx, PDF) and compares it
 * with the approved version. The approved version's prose is read back from the app's own text
 * export by the same importer, so headings and the fee sentence compare like for like. Never throws.
 */
export async function checkPublishedPage(
  approved: Draft,
  page: PublishedPage,
): Promise<PublicationCheckResult> {
  const read: ImportResult =
    page.kind === 'file' ? await importReportFile(page.bytes, page.name) : importReportText(page.text);
  if (!read.ok) return { ok: false, message: read.message };
  const own = importReportText(renderReportText(buildReportDocument(approved)));
  const approvedAsRead = own.ok ? own.draft : approved;
  return {
    ok: true,
    check: comparePublication({
      approved,
      approvedAsRead,
      published: read.draft,
      tablesNotRead: read.tablesNotRead,
    }),
  };
}
