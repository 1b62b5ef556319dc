import { decodeText } from '../report/decode-text';
import type { TextEncodingName } from '../report/decode-text';
import { MAX_REPORT_FILE_BYTES, fileTooLarge } from '../report/limits';
import { docxToHtml } from './docx-to-html';
import { htmlToText } from './html-to-text';
import { pdfAssets } from './pdf-assets';
import type { PdfAssets } from './pdf-text';

/** No bundled files: PDFs with embedded fonts still read. */
const NO_ASSETS: PdfAssets = { load: () => Promise.resolve(undefined) };

export type FileKind = 'text' | 'html' | 'docx' | 'pdf';

export type FileText =
  | {
      readonly ok: true;
      readonly kind: FileKind;
      readonly text: string;
      /** The encoding a .txt/.html file was in (a .docx is always UTF-8 inside). */
      readonly encoding?: TextEncodingName;
    }
  | { readonly ok: false; readonly message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
/** PNG, JPEG, GIF: pictures (of a report, or dropped by mistake). */
const IMAGES = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Text with control characters (other than tab, newlines, form feed) is a binary file renamed. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.01;
}

function looksHtml(text: string, name: string): boolean {
  return (
    /\.x?html?$/i.test(name) ||
    /^\s*(?:<!doctype html|<html|<\?xml)/i.test(text) ||
    /<(?:table|body|p|div)\b/i.test(text.slice(0, 5000))
  );
}

/**
 * A file's bytes → the report text: .docx by its zip signature (whatever the extension), PDF by
 * its `%PDF` signature (pdf.js, cells rebuilt from positions),
 * .html/.htm or HTML-looking text through htmlToText, else plain text. Never throws.
 */
export async function readReportFile(bytes: Uint8Array, name: string): Promise<FileText> {
  if (bytes.length === 0) return { ok: false, message: '文件是空的，没有可导入的内容。' };
  if (bytes.length > MAX_REPORT_FILE_BYTES) {
    return { ok: false, message: fileTooLarge(bytes.length, MAX_REPORT_FILE_BYTES, '报告文件') };
  }
  if (startsWith(bytes, ZIP)) {
    const read = await docxToHtml(bytes);
    return read.ok ? { ok: true, kind: 'docx', text: htmlToText(read.html) } : read;
  }
  if (startsWith(bytes, OLE)) {
    return {
      ok: false,
      message: '这是旧版 Word（.doc）或其他 Office 文件，无法直接导入；请在 Word 中“另存为” .docx 后再导入。',
    };
  }
  if (startsWith(bytes, PDF)) {
    // pdf.js (about 2 MB) is loaded only now, when a PDF was chosen
    const { pdfToText } = await import('./pdf-text');
    const read = await pdfToText(bytes, pdfAssets() ?? NO_ASSETS);
    return read.ok ? { ok: true, kind: 'pdf', text: read.text } : read;
  }
  if (/\.docx$/i.test(name)) {
    return {
      ok: false,
      message:
        '这个文件的扩展名是 .docx，但内容不是 Word 文档（可能是改了扩展名的图片或其他文件），无法导入。',
    };
  }
  if (IMAGES.some((magic) => startsWith(bytes, magic))) {
    return {
      ok: false,
      message:
        '这是图片文件，不是文本、网页或 Word 文档，无法读取其中的文字；请选择报告正文（.txt、.html 或 .docx）。',
    };
  }
  const decoded = decodeText(bytes);
  const text = decoded.ok ? decoded.text : undefined;
  if (text === undefined || looksBinary(text)) {
    return {
      ok: false,
      message: '这个文件不是文本、网页或 Word 文档（可能是图片或其他二进制文件），无法导入。',
    };
  }
  const encoding = decoded.ok ? decoded.encoding : undefined;
  return looksHtml(text, name)
    ? { ok: true, kind: 'html', text: htmlToText(text), ...(encoding ? { encoding } : {}) }
    : { ok: true, kind: 'text', text, ...(encoding ? { encoding } : {}) };
}
