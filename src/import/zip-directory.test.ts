import { describe, expect, it } from 'vitest';
import { docxToHtml } from './docx-to-html';
import { zipSize } from './zip-directory';

/** A zip of one stored entry whose central directory declares `declared` bytes unpacked. */
function zipWith(declared: number): Uint8Array {
  const name = new TextEncoder().encode('word/document.xml');
  const data = new TextEncoder().encode('<w:document/>');
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, declared, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
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
    expect(zipSize(zipWith(13))).toEqual({ ok: true, entries: 1, unpacked: 13, packed: 13 });
    expect(zipSize(new Uint8Array([1, 2, 3])).ok).toBe(false);
  });

  it('a .docx that would unpack to 4 GB is refused at once, in Chinese, naming the limit', async () => {
    const r = await docxToHtml(zipWith(0xfffffff0));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('解压后超过 100 MB 的上限') });
  });
});
