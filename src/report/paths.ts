/** Dotted-path access on plain JSON objects (the draft's one naming scheme). */

export function getPath(obj: unknown, path: string): unknown {
  return getKeys(obj, path.split('.'));
}

/** getPath with the path already split into its keys (for loops over many objects). */
export function getKeys(obj: unknown, keys: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const part of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Returns a copy of `obj` with `value` at `path` (objects along the way are copied). */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const parts = path.split('.');
  const copy = (o: unknown): Record<string, unknown> =>
    o !== null && typeof o === 'object' ? { ...(o as Record<string, unknown>) } : {};
  const root = copy(obj);
  let cur = root;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      cur[part] = value;
    } else {
      const next = copy(cur[part]);
      cur[part] = next;
      cur = next;
    }
  });
  return root as T;
}

/** Converts a zod/JSON path array to the dotted form. */
export function joinPath(parts: readonly PropertyKey[]): string {
  return parts.map((p) => String(p)).join('.');
}
