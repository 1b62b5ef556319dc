import { COMMENT_PARTS, partLabel } from '../../report/comment-targets';
import { describePath } from '../../report/describe-path';
import { stepOfPath } from '../../report/part-of-path';
import type { StepId } from '../../report/part-of-path';
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

/** The differences of one part of the report (基本信息, 一 … 六, or the rest of the file). */
export interface PartDifferences {
  readonly part: StepId;
  /** The part's title as the core writes it. */
  readonly title: string;
  readonly differences: readonly Difference[];
}

/** `draftDifferences` grouped by the part each value belongs to, in the report's order. */
export function differencesByPart(a: Draft, b: Draft): PartDifferences[] {
  const diffs = draftDifferences(a, b);
  const order: StepId[] = [...COMMENT_PARTS.map((p) => p.id), 'check'];
  return order
    .map((part) => ({
      part,
      title: partLabel(part),
      differences: diffs.filter((d) => stepOfPath(d.path) === part),
    }))
    .filter((g) => g.differences.length > 0);
}

/** How many values each version has filled in (numbers and texts; the file's own marks left out). */
export function fillCounts(a: Draft, b: Draft): { a: number; b: number } {
  const count = (d: Draft) => {
    const out = new Map<string, unknown>();
    leaves({ ...d, review: undefined, format: undefined, version: undefined }, '', out);
    return [...out.values()].filter((v) => shown(v) !== EMPTY_VALUE).length;
  };
  return { a: count(a), b: count(b) };
}
