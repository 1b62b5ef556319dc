import type { CliIo } from './io';

/** Why a file could not be written, in Chinese (Node's own message is English). */
export function writeFailure(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `无法写入 ${path}：所在的文件夹不存在，请先建好文件夹或换一个位置。`;
  if (code === 'EISDIR')
    return `无法写入 ${path}：这是一个文件夹，请给出文件名（例如 ${path.replace(/[\\/]+$/, '')}/草稿.json）。`;
  if (code === 'ENOTDIR') return `无法写入 ${path}：路径中有一段不是文件夹。`;
  if (code === 'EACCES' || code === 'EPERM') return `无法写入 ${path}：没有写入权限。`;
  if (code === 'ENOSPC') return `无法写入 ${path}：磁盘已满。`;
  return `无法写入 ${path}${code ? `（${code}）` : ''}。`;
}

/** Writes an output file; a failure is a Chinese message (and exit 1), never a stack trace. */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: Uint8Array | string,
): Promise<string | null> {
  try {
    await io.writeFile(path, data);
    return null;
  } catch (e) {
    return writeFailure(path, e);
  }
}
