/** Result of reading a .docx: its HTML (for htmlToText), or why it could not be read. */
export type DocxRead =
  { readonly ok: true; readonly html: string } | { readonly ok: false; readonly message: string };

/**
 * A Word (.docx) file → HTML, through mammoth loaded only when needed (it is large). One function
 * for Node and the browser: mammoth's Node build reads `buffer`, its browser build `arrayBuffer`,
 * and both accept the same bytes.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxRead> {
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
    return { ok: false, message: `无法读取这个 Word 文档，文件可能已损坏或不是 .docx 格式（${detail}）。` };
  }
}
