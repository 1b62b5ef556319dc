import { importReportFile } from '../import/import-file';
import type { Finding } from '../report/findings';
import { decodeText, encodingNote } from '../report/decode-text';
import { MAX_DRAFT_FILE_BYTES, fileTooLarge } from '../report/limits';
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
  const decoded = decodeText(read.bytes);
  const text = decoded.ok ? decoded.text : '';
  if (/^\uFEFF?\s*[{[]/.test(text) || /\.json$/i.test(path)) {
    if (read.bytes.length > MAX_DRAFT_FILE_BYTES) {
      return {
        ok: false,
        findings: [fileFinding(fileTooLarge(read.bytes.length, MAX_DRAFT_FILE_BYTES, '草稿文件'))],
      };
    }
    if (!decoded.ok) return { ok: false, findings: [fileFinding(decoded.message)] };
    const restored = restoreDraft(text);
    // A draft saved in GBK or UTF-16 (by an editor) is read right, and the report says so.
    if (!restored.ok || decoded.encoding === 'UTF-8') return restored;
    const note: Finding = {
      rule: 'S',
      severity: 'warning',
      path: '',
      message: `草稿文件${encodingNote(decoded.encoding)}。`,
    };
    return { ok: true, draft: restored.draft, importFindings: [note] };
  }
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
