import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { docxToHtml } from './docx-to-html';
import { zipSize } from './zip-directory';

/**
 * A zip of one entry whose central directory declares `declared` bytes unpacked (the local
 * header says `localDeclared`, the same unless told): stored `<w:document/>`, or `data` deflated.
 */
function zipWith(
  declared: number,
  { data: raw, localDeclared = declared }: { data?: Uint8Array; localDeclared?: number } = {},
): Uint8Array {
  const name = new TextEncoder().encode('word/document.xml');
  const data = raw ? new Uint8Array(deflateRawSync(raw)) : new TextEncoder().encode('<w:document/>');
  const method = raw ? 8 : 0;
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(8, method, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, localDeclared, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(10, method, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, declared, true);
  central.setUint16(28, name.length, true);
  const localBytes = [...new Uint8Array(local.buffer), ...name, ...data];
  const centralBytes = [...new Uint8Array(central.buffer), ...name];
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, centralBytes.length, true);
  end.setUint32(16, localBytes.length, true);
  return new Uint8Array([...localBytes, ...centralBytes, ...new Uint8Array(end.buffer)]);
}

describe('zip sizes before inflating', () => {
  it('reads what the entries declare', () => {
    expect(zipSize(zipWith(13))).toMatchObject({ ok: true, entries: 1, unpacked: 13, packed: 13 });
    expect(zipSize(new Uint8Array([1, 2, 3])).ok).toBe(false);
  });

  it('a .docx that would unpack to 4 GB is refused at once, in Chinese, naming the limit', async () => {
    const r = await docxToHtml(zipWith(0xfffffff0));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('解压后超过 100 MB 的上限') });
  });

  it('a zip whose directory and local headers both say 13 bytes but that inflates to 64 MB never reaches mammoth', async () => {
    // 64 MB of zeros deflate to about 64 KB; the directory says 13 bytes.
    const bomb = zipWith(13, { data: new Uint8Array(64 * 1024 * 1024), localDeclared: 13 });
    const r = await docxToHtml(bomb);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('实际内容比它的压缩目录所写的大') });
  });

  it('a local header that disagrees with the directory is refused in Chinese', async () => {
    const r = await docxToHtml(zipWith(13, { localDeclared: 4_000_000_000 }));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('压缩目录与文件内容不一致') });
  });

  it('a deflated entry that inflates to exactly what it declares passes the check', async () => {
    const xml = new TextEncoder().encode('<w:document/>'.repeat(1000));
    const r = await docxToHtml(zipWith(xml.length, { data: xml }));
    // It reaches mammoth, which finds no real Word document in it: its message, not the size check's.
    expect(r.ok ? '' : r.message).not.toMatch(/压缩目录|实际内容/);
  });
});
