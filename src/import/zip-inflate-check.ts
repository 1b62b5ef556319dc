// A zip can lie in its central directory: say 13 bytes and inflate to gigabytes. Before mammoth
// (whose unzipper trusts the directory and inflates everything into memory) sees a .docx, every
// entry's local header is compared with the directory, and every deflated entry is inflated
// here with its output counted and thrown away, stopping at once past what the directory says.
import type { ZipEntry } from './zip-directory';

const LOCAL = 0x04034b50;

export type ZipCheck =
  { readonly ok: true } | { readonly ok: false; readonly why: 'header' | 'larger' | 'method' };

/** Thrown from the inflater's output callback to stop it. */
class TooLarge extends Error {}

async function inflatesWithin(data: Uint8Array, limit: number): Promise<boolean | 'broken'> {
  // pako is CommonJS: Node's import gives it as `default`, a bundler as named exports.
  const loaded: {
    Inflate?: typeof import('pako').Inflate;
    default?: { Inflate: typeof import('pako').Inflate };
  } = await import('pako');
  const Inflate = loaded.Inflate ?? loaded.default?.Inflate;
  if (!Inflate) return 'broken';
  const inflater = new Inflate({ raw: true, chunkSize: 64 * 1024 });
  let total = 0;
  inflater.onData = (chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
  };
  inflater.onEnd = () => {};
  try {
    inflater.push(data, true);
  } catch (e) {
    if (e instanceof TooLarge) return false;
    return 'broken';
  }
  return inflater.err === 0 ? total <= limit : 'broken';
}

/** Whether the zip's entries are what its directory says (see above); never throws. */
export async function checkZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<ZipCheck> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return { ok: false, why: 'header' };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.packed > bytes.length) return { ok: false, why: 'header' };
    // Without a data descriptor (flag bit 3) the local header repeats the sizes: they must agree.
    if ((entry.flags & 8) === 0) {
      const packed = view.getUint32(at + 18, true);
      const unpacked = view.getUint32(at + 22, true);
      if (packed !== entry.packed || unpacked !== entry.unpacked) return { ok: false, why: 'header' };
    }
    const data = bytes.subarray(start, start + entry.packed);
    if (entry.method === 0) {
      if (entry.packed !== entry.unpacked) return { ok: false, why: 'header' };
    } else if (entry.method === 8) {
      const within = await inflatesWithin(data, entry.unpacked);
      // A broken stream is mammoth's to report; only a stream larger than declared is refused here.
      if (within === false) return { ok: false, why: 'larger' };
    } else {
      return { ok: false, why: 'method' };
    }
  }
  return { ok: true };
}
