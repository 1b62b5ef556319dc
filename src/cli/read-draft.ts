import type { Finding } from '../report/findings';
import { restoreDraft } from '../report/restore';
import type { Draft } from '../report/schema';
import type { CliIo } from './io';

export type ReadResult = { ok: true; draft: Draft } | { ok: false; findings: readonly Finding[] };

/** Reads a draft file; an unreadable file is an S finding, never an exception. */
export async function readDraftFile(io: CliIo, path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法读取';
    return { ok: false, findings: [{ rule: 'S', severity: 'error', path: '', message: `${why}：${path}` }] };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return restoreDraft(text);
}
