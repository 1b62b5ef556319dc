import { MAX_DOCX_UNPACKED_BYTES, excerpt, formatBytes } from '../report/limits';
import { zipSize } from './zip-directory';
import { checkZipEntries } from './zip-inflate-check';

/** Result of reading a .docx: its HTML (for htmlToText), or why it could not be read. */
export type DocxRead =
  { readonly ok: true; readonly html: string } | { readonly ok: false; readonly message: string };

/**
 * A Word (.docx) file → HTML, through mammoth loaded only when needed (it is large). One function
 * for Node and the browser: mammoth's Node build reads `buffer`, its browser build `arrayBuffer`,
 * and both accept the same bytes.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxRead> {
  const size = zipSize(bytes);
  if (!size.ok) {
    return { ok: false, message: '无法读取这个 Word 文档：文件不完整或已损坏（找不到 .docx 的目录）。' };
  }
  if (size.unpacked > MAX_DOCX_UNPACKED_BYTES || size.entries > 5000) {
    return {
      ok: false,
      message: `这个 Word 文档解压后超过 ${formatBytes(MAX_DOCX_UNPACKED_BYTES)} 的上限（或文件数过多），真实的报告远小于此，没有打开（可能是恶意构造的压缩文件）。`,
    };
  }
  const entries = await checkZipEntries(bytes, size.list);
  if (!entries.ok) {
    return {
      ok: false,
      message:
        entries.why === 'method'
          ? '无法读取这个 Word 文档：其中有 Word 不使用的压缩方式，可能不是真正的 .docx 文件。'
          : entries.why === 'larger'
            ? `这个 Word 文档的实际内容比它的压缩目录所写的大（目录被改过），可能是恶意构造的压缩文件，没有打开。真实的报告解压后远小于 ${formatBytes(MAX_DOCX_UNPACKED_BYTES)}。`
            : '无法读取这个 Word 文档：压缩目录与文件内容不一致（文件已损坏或被改过），没有打开。',
    };
  }
  try {
    const loaded = await import('mammoth');
    const mammoth = 'default' in loaded && loaded.default ? loaded.default : loaded;
    const arrayBuffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const input = Object.assign({ arrayBuffer }, { buffer: bytes });
    const result = await mammoth.convertToHtml(input);
    return { ok: true, html: result.value };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: `无法读取这个 Word 文档，文件可能已损坏或不是 .docx 格式（${excerpt(detail, 60)}）。`,
    };
  }
}
