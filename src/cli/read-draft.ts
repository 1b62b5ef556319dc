import { importReportFile } from '../import/import-file';
import type { Finding } from '../report/findings';
import { restoreDraft } from '../report/restore';
import type { PrintedTotal } from '../report/rules/printed-totals';
import type { Draft } from '../report/schema';
import type { CliIo } from './io';
import { readBytes } from './read-bytes';

export type ReadResult =
  | {
      ok: true;
      draft: Draft;
      /** For a published report: the totals it printed (compared by `check`). */
      printed?: readonly PrintedTotal[];
      /** For a published report: what the importer could not settle, as warnings. */
      importFindings?: readonly Finding[];
    }
  | { ok: false; findings: readonly Finding[] };

function fileFinding(message: string): Finding {
  return { rule: 'S', severity: 'error', path: '', message };
}

/**
 * Reads a draft file, or a published report (.txt/.html/.docx, or any file that is not JSON)
 * through the importer. An unreadable file is an S finding, never an exception.
 */
export async function readDraftFile(io: CliIo, path: string): Promise<ReadResult> {
  const read = await readBytes(io, path);
  if (!read.ok) return { ok: false, findings: [fileFinding(read.message)] };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(read.bytes);
  if (/^\uFEFF?\s*[{[]/.test(text) || /\.json$/i.test(path)) return restoreDraft(text);
  const imported = await importReportFile(read.bytes, path);
  if (!imported.ok) return { ok: false, findings: [fileFinding(imported.message)] };
  const importFindings: Finding[] = imported.ambiguous.map((a) => ({
    rule: 'S',
    severity: 'warning',
    path: a.path,
    message: `${a.reason}（第 ${a.line} 行）。`,
  }));
  return { ok: true, draft: imported.draft, printed: imported.printedTotals, importFindings };
}
