import { cleanText } from './clean-text';

/** True when JSON text nests arrays/objects deeper than `max` (one pass, no recursion). */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export type CleanedValue = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/**
 * A copy of a parsed JSON value with every string through cleanText — built without
 * recursion, refused (ok: false) when it nests deeper than `maxDepth`.
 */
export function cleanJsonValue(input: unknown, maxDepth: number): CleanedValue {
  const copy = (v: unknown): unknown =>
    typeof v === 'string'
      ? cleanText(v)
      : Array.isArray(v)
        ? new Array<unknown>(v.length)
        : v !== null && typeof v === 'object'
          ? {}
          : v;
  const root = copy(input);
  const stack: { from: unknown; to: unknown; depth: number }[] = [{ from: input, to: root, depth: 1 }];
  while (stack.length > 0) {
    const { from, to, depth } = stack.pop()!;
    if (from === null || typeof from !== 'object') continue;
    if (depth > maxDepth) return { ok: false };
    const target = to as Record<string, unknown>;
    for (const [k, v] of Object.entries(from as Record<string, unknown>)) {
      const c = copy(v);
      target[k] = c;
      if (c !== null && typeof c === 'object') stack.push({ from: v, to: c, depth: depth + 1 });
    }
  }
  return { ok: true, value: root };
}
