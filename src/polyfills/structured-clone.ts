/**
 * `structuredClone` (Chromium 98) for the data pdf.js clones: primitives, arrays, plain objects,
 * Date, RegExp, Map, Set, ArrayBuffer and typed arrays, cycles kept.
 */
export function cloneValue(value: unknown, seen: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (value instanceof ArrayBuffer) return value.slice(0);
  if (ArrayBuffer.isView(value)) {
    const view = value as unknown as { slice(): unknown };
    return typeof view.slice === 'function'
      ? view.slice()
      : new DataView((value as DataView).buffer.slice(0));
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    value.forEach((v, k) => out.set(cloneValue(k, seen), cloneValue(v, seen)));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    value.forEach((v) => out.add(cloneValue(v, seen)));
    return out;
  }
  const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) (out as Record<string, unknown>)[k] = cloneValue(v, seen);
  return out;
}

export {};

const g = globalThis as Record<string, unknown>;
if (typeof g.structuredClone === 'undefined') g.structuredClone = (v: unknown) => cloneValue(v, new Map());
