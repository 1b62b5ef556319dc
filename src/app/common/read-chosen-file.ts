import './app-pdf-assets';
import { readAnyFile } from '../../import/read-any-file';
import type { FileRead } from '../../import/read-any-file';

/** A file the user chose, through the one reader; a file the browser cannot read is a finding too. */
export async function readChosenFile(file: File): Promise<FileRead> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      draft: undefined,
      findings: [{ rule: 'S', severity: 'error', path: '', message: `无法读取该文件（${detail}）。` }],
      source: { kind: 'unreadable', name: file.name },
    };
  }
  return readAnyFile(bytes, file.name);
}
