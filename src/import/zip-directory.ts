// What a zip (.docx) will unpack to, read from its central directory — before anything is
// inflated, so a zip bomb is refused without using its memory.

/** One entry as the central directory describes it. */
export interface ZipEntry {
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** General purpose flags (bit 3: the sizes follow the data, the local header has zeros). */
  readonly flags: number;
  readonly packed: number;
  readonly unpacked: number;
  /** Where its local header starts. */
  readonly localOffset: number;
}

export type ZipSize =
  | {
      readonly ok: true;
      readonly entries: number;
      readonly unpacked: number;
      readonly packed: number;
      readonly list: readonly ZipEntry[];
    }
  | { readonly ok: false };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The sum of the declared sizes of every entry (zip64 entries count as over any limit). */
export function zipSize(bytes: Uint8Array): ZipSize {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false };
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let unpacked = 0;
  let packed = 0;
  const list: ZipEntry[] = [];
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return { ok: false };
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    // 0xFFFFFFFF: the real size is in a zip64 field — far beyond any real .docx.
    unpacked += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    packed += compressed;
    list.push({
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      packed: compressed,
      unpacked: size,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, unpacked, packed, list };
}
