import { describePath } from '../../report/describe-path';
import type { Draft } from '../../report/schema';

/** One value that differs between two versions of a report. */
export interface Difference {
  readonly path: string;
  readonly label: string;
  readonly a: string;
  readonly b: string;
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
}

/** How a value not filled in is shown. */
export const EMPTY_VALUE = '（空）';

const shown = (v: unknown) => (v === undefined || v === null || v === '' ? EMPTY_VALUE : String(v));

/** Every typed value that differs between `a` and `b` (the review block is the server's, left out). */
export function draftDifferences(a: Draft, b: Draft): Difference[] {
  const la = new Map<string, unknown>();
  const lb = new Map<string, unknown>();
  leaves({ ...a, review: undefined }, '', la);
  leaves({ ...b, review: undefined }, '', lb);
  const paths = [...new Set([...la.keys(), ...lb.keys()])].filter((p) => !p.startsWith('review'));
  return paths
    .filter((p) => JSON.stringify(la.get(p)) !== JSON.stringify(lb.get(p)))
    .map((path) => ({ path, label: describePath(path), a: shown(la.get(path)), b: shown(lb.get(path)) }));
}
