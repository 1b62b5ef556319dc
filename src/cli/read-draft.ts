import { readAnyFile } from '../import/read-any-file';
import type { FileRead, ReadOptions } from '../import/read-any-file';
import type { CliIo } from './io';
import { readBytes } from './read-bytes';

/**
 * Reads a draft file or a published report from disk through the one reader (`readAnyFile`).
 * A missing or unreadable file is an S finding, never an exception.
 */
export async function readDraftFile(io: CliIo, path: string, options: ReadOptions = {}): Promise<FileRead> {
  const read = await readBytes(io, path);
  if (!read.ok) {
    return {
      draft: undefined,
      findings: [{ rule: 'S', severity: 'error', path: '', message: read.message }],
      source: { kind: 'unreadable', name: path },
    };
  }
  return readAnyFile(read.bytes, path, options);
}
