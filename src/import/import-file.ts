import { encodingNote } from '../report/decode-text';
import type { ImportOptions } from './import-report';
import type { ImportResult } from './import-result';
import { importReportText } from './import-text';
import type { FileKind } from './read-report-file';
import { readReportFile } from './read-report-file';

export type FileImportResult = ImportResult & { readonly kind?: FileKind };

/** A published report file (.txt, .html/.htm, .docx) → the import result. Never throws. */
export async function importReportFile(
  bytes: Uint8Array,
  name: string,
  options: ImportOptions = {},
): Promise<FileImportResult> {
  try {
    const file = await readReportFile(bytes, name);
    if (!file.ok) return file;
    const result = importReportText(file.text, options);
    // Say which encoding a text file was read in when it was not plain UTF-8 (often GBK).
    if (result.ok && file.encoding && !file.encoding.startsWith('UTF-8')) {
      return {
        ...result,
        notices: [`文件${encodingNote(file.encoding)}。`, ...result.notices],
        kind: file.kind,
      };
    }
    return { ...result, kind: file.kind };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `读取文件时出现内部错误（${detail}）。` };
  }
}
