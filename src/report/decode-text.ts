// A text file's encoding: many Chinese sites and editors still write GBK. UTF-8 (with or
// without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK and GB2312).

export type TextEncodingName = 'UTF-8' | 'UTF-8（带 BOM）' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly message: string };

function decodeWith(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The file's bytes → its text and the encoding it was in; never throws. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  const bad = (name: string): DecodedText => ({
    ok: false,
    message: `文件开头标明是 ${name} 编码，但内容不是有效的 ${name} 文字，可能已损坏。`,
  });
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const t = decodeWith('utf-8', bytes.subarray(3));
    return t === undefined ? bad('UTF-8') : { ok: true, text: t, encoding: 'UTF-8（带 BOM）' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    const t = decodeWith('utf-16le', bytes.subarray(2));
    return t === undefined ? bad('UTF-16') : { ok: true, text: t, encoding: 'UTF-16LE' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    const t = decodeWith('utf-16be', bytes.subarray(2));
    return t === undefined ? bad('UTF-16') : { ok: true, text: t, encoding: 'UTF-16BE' };
  }
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  const gb = decodeWith('gb18030', bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'GB18030' };
  return {
    ok: false,
    message: '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK），可能不是文本文件或已损坏。',
  };
}

/** How a message names the encoding a file was read in (“按 GB18030（GBK）编码读取”). */
export function encodingNote(encoding: TextEncodingName): string {
  return encoding === 'GB18030' ? '按 GB18030（GBK）编码读取' : `按 ${encoding} 编码读取`;
}
