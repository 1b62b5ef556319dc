import { approvalFindings } from '../report/approval';
import { decodeText, encodingNote } from '../report/decode-text';
import type { Finding } from '../report/findings';
import { MAX_DRAFT_FILE_BYTES, excerpt, fileTooLarge } from '../report/limits';
import { restoreDraft } from '../report/restore';
import { checkDraft } from '../report/rules/check-draft';
import { printedTotalFindings } from '../report/rules/printed-totals';
import type { Draft } from '../report/schema';
import { computeDerived } from '../report/totals';
import type { ImportSuccess } from './import-result';
import type { Provenance } from '../report/provenance';
import type { FileKind } from './read-report-file';

/** Where a read draft came from. */
export type FileSource =
  | { readonly kind: 'draft'; readonly name: string; readonly migratedFrom?: number }
  | {
      readonly kind: 'published';
      readonly name: string;
      readonly format?: FileKind;
      /** The importer's full account (layout, mapped and unmapped text, notices). */
      readonly import: ImportSuccess;
    }
  | { readonly kind: 'unreadable'; readonly name: string };

export interface FileRead {
  /** The draft, when the file is one or could be imported (even with errors). */
  readonly draft: Draft | undefined;
  /**
   * Everything wrong with it, as the app shows it: why the file could not be read (S); for a
   * published report its printed totals that disagree (R1/R2/R4), then `checkDraft` with the
   * importer's provenance: each value it could not read is a reading gap (kind `gap`, with the
   * text there), what the report need not state is kind `not-needed`.
   */
  readonly findings: readonly Finding[];
  readonly source: FileSource;
}

export interface ReadOptions {
  /** Last year's report, for the cross-year checks. */
  readonly previous?: Draft;
}

/** Text that begins like JSON, or a name ending in .json, is read as a draft file. */
function looksLikeDraftFile(bytes: Uint8Array, name: string): boolean {
  if (/\.json$/i.test(name)) return true;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64));
  return /^\uFEFF?\s*[{[]/.test(head);
}

function unreadable(name: string, message: string): FileRead {
  return {
    draft: undefined,
    findings: [{ rule: 'S', severity: 'error', path: '', message }],
    source: { kind: 'unreadable', name },
  };
}

/**
 * What reading a published report found before the rules run: its printed totals that disagree
 * (R1/R2/R4, the report's own errors). What could not be read is in the importer's provenance,
 * which `checkDraft` turns into reading gaps.
 */
function importFindings(imported: ImportSuccess): Finding[] {
  return printedTotalFindings(imported.printedTotals, computeDerived(imported.draft));
}

/**
 * The one way to read a file someone hands us — a draft file (.json) or a published report
 * (.txt, .html/.htm, .docx) — into `{ draft, findings, source }`. Used alike by `cli check`,
 * the batch page, comparison, review and import. Never throws; the importer (and its Word
 * reader) is loaded only when the file is not a draft.
 */
export async function readAnyFile(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<FileRead> {
  const check = (draft: Draft, provenance?: Provenance) => {
    const rules = checkDraft(draft, {
      ...(options.previous ? { previous: options.previous } : {}),
      ...(provenance ? { provenance } : {}),
    });
    // 审核通过后内容已被修改, an approval without digest, approved with errors, no history entry.
    return [...rules, ...approvalFindings(draft, rules)];
  };
  try {
    if (looksLikeDraftFile(bytes, name)) {
      if (bytes.length > MAX_DRAFT_FILE_BYTES) {
        return unreadable(name, fileTooLarge(bytes.length, MAX_DRAFT_FILE_BYTES, '草稿文件'));
      }
      // UTF-8 (±BOM), UTF-16 with BOM or GB18030/GBK (a draft re-saved by an editor), read right.
      const decoded = decodeText(bytes);
      if (!decoded.ok) return unreadable(name, decoded.message);
      const restored = restoreDraft(decoded.text);
      if (!restored.ok)
        return { draft: undefined, findings: restored.findings, source: { kind: 'unreadable', name } };
      const source: FileSource =
        restored.migratedFrom !== undefined
          ? { kind: 'draft', name, migratedFrom: restored.migratedFrom }
          : { kind: 'draft', name };
      const note: Finding[] = decoded.encoding.startsWith('UTF-8')
        ? []
        : [
            {
              rule: 'S',
              severity: 'warning',
              path: '',
              message: `草稿文件${encodingNote(decoded.encoding)}。`,
            },
          ];
      return { draft: restored.draft, findings: [...check(restored.draft), ...note], source };
    }
    const { importReportFile } = await import('./import-file');
    const imported = await importReportFile(bytes, name);
    if (!imported.ok) return unreadable(name, imported.message);
    // Each value the importer could not read is a reading gap (never “还没有填写”, never an error).
    const findings = [...importFindings(imported), ...check(imported.draft, imported.provenance)];
    const source: FileSource =
      imported.kind !== undefined
        ? { kind: 'published', name, format: imported.kind, import: imported }
        : { kind: 'published', name, import: imported };
    return { draft: imported.draft, findings, source };
  } catch (e) {
    return unreadable(
      name,
      `读取文件时出现内部错误（${excerpt(e instanceof Error ? e.message : String(e), 60)}）。`,
    );
  }
}
