import type { CliIo } from './io';

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Reads a file; a missing or unreadable file is a Chinese message, never an exception. */
export async function readBytes(io: CliIo, path: string): Promise<BytesRead> {
  try {
    return { ok: true, bytes: await io.readFile(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法读取';
    return { ok: false, message: `${why}：${path}` };
  }
}
