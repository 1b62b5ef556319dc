import { buildReportDocument } from '../export/report-document';
import { renderReportText } from '../export/text';
import { comparePublication } from '../report/publication';
import type { PublicationCheck } from '../report/publication';
import type { Draft } from '../report/schema';
import { decodeText } from '../report/decode-text';
import { isError } from '../report/findings';
import { publicationPlaceNotes, statutoryDeadline } from '../report/publication-place';
import type { PageFacts, PublicationDeadline } from '../report/publication-place';
import { gapFinding } from '../report/provenance';
import { checkDraft } from '../report/rules/check-draft';
import { printedTotalFindings } from '../report/rules/printed-totals';
import { computeDerived } from '../report/totals';
import type { ImportResult } from './import-result';
import { looksLikeHtml, readPageFacts } from './page-facts';
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
  options: { readonly deadline?: PublicationDeadline } = {},
): Promise<PublicationCheckResult> {
  const read: ImportResult =
    page.kind === 'file' ? await importReportFile(page.bytes, page.name) : importReportText(page.text);
  if (!read.ok) return { ok: false, message: read.message };
  const own = importReportText(renderReportText(buildReportDocument(approved)));
  const approvedAsRead = own.ok ? own.draft : approved;
  const check = comparePublication({
    approved,
    approvedAsRead,
    published: read.draft,
    tablesNotRead: read.tablesNotRead,
    unread: read.provenance.gaps.map((g) => g.path),
  });
  const notRead = new Set<string>(read.tablesNotRead);
  // The page's own totals, by the rules `check` runs on a published report (R1–R4).
  const pageErrors = [
    ...printedTotalFindings(read.printedTotals, computeDerived(read.draft)),
    ...checkDraft(read.draft, { provenance: read.provenance }).filter((f) => TOTAL_RULES.has(f.rule)),
  ].filter((f) => isError(f) && !notRead.has(f.path.split('.')[0] ?? ''));
  const gaps = read.provenance.gaps.map(gapFinding);
  const place = publicationPlaceNotes({
    facts: pageFactsOf(page),
    year: approved.meta.year,
    agency: approved.meta.agencyName,
    deadline: options.deadline ?? statutoryDeadline(approved.meta.year),
    tablesNotRead: read.tablesNotRead,
  });
  return {
    ok: true,
    check: {
      ...check,
      same: check.same && pageErrors.length === 0 && gaps.length === 0,
      pageErrors,
      place,
      gaps,
    },
  };
}

const TOTAL_RULES: ReadonlySet<string> = new Set(['R1', 'R2', 'R3', 'R4']);

/** What an HTML page says about itself; a pasted text or a Word/PDF file says nothing. */
function pageFactsOf(page: PublishedPage): PageFacts {
  const none: PageFacts = { isHtml: false, images: 0, pdfAttachments: [] };
  if (page.kind === 'text') return looksLikeHtml(page.text) ? readPageFacts(page.text) : none;
  if (!/\.html?$/i.test(page.name)) return none;
  const decoded = decodeText(page.bytes);
  return decoded.ok ? readPageFacts(decoded.text) : none;
}
