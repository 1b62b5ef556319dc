import type { CliIo } from './io';

/** An in-memory CliIo for tests: files from a map, output collected. */
export function memoryIo(files: Record<string, string | Uint8Array>) {
  const written = new Map<string, Uint8Array | string>();
  const state = { out: '', err: '' };
  const io: CliIo = {
    out: (t) => {
      state.out += t;
    },
    err: (t) => {
      state.err += t;
    },
    readFile: async (path) => {
      const f = files[path] ?? written.get(path);
      if (f === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async (path, data) => {
      written.set(path, data);
    },
  };
  return { io, state, written };
}
