import { describePath } from './describe-path';
import { META_FIELDS } from './layout/meta-fields';
import { PARTS } from './layout/parts';
import { NUMERIC_FIELDS } from './numeric-fields';
import { getPath } from './paths';
import type { ReportContent } from './schema';

/** One value that differs between two versions of a report, named as everywhere (describePath). */
export type Change =
  | {
      readonly kind: 'number';
      readonly path: string;
      readonly label: string;
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly kind: 'text';
      readonly path: string;
      readonly label: string;
      readonly before: string;
      readonly after: string;
    };

/** Every text field of the report, in report order: 基本信息, then the prose of 一, 五, 六. */
export const TEXT_FIELD_PATHS: readonly string[] = [
  ...META_FIELDS.filter((f) => f.path !== 'meta.year').map((f) => f.path),
  ...PARTS.flatMap((p) => p.prose.map((f) => f.path)),
];

const numberAt = (content: ReportContent, path: string): number | null => {
  const v = getPath(content, path);
  return typeof v === 'number' ? v : null;
};

const textAt = (content: ReportContent, path: string): string => {
  const v = getPath(content, path);
  return typeof v === 'string' ? v : '';
};

/**
 * What changed from `before` to `after`: each typed number (blank is null, so 0 → blank is a
 * change) and each text field, in report order — numbers first, then texts. Pure.
 */
export function changesBetween(before: ReportContent, after: ReportContent): Change[] {
  const out: Change[] = [];
  const year = [before.meta.year, after.meta.year] as const;
  if (year[0] !== year[1]) {
    out.push({
      kind: 'number',
      path: 'meta.year',
      label: describePath('meta.year'),
      before: year[0],
      after: year[1],
    });
  }
  for (const f of NUMERIC_FIELDS) {
    const a = numberAt(before, f.path);
    const b = numberAt(after, f.path);
    if (a !== b) out.push({ kind: 'number', path: f.path, label: f.label, before: a, after: b });
  }
  for (const path of TEXT_FIELD_PATHS) {
    const a = textAt(before, path);
    const b = textAt(after, path);
    if (a !== b) out.push({ kind: 'text', path, label: describePath(path), before: a, after: b });
  }
  return out;
}

/**
 * Short excerpts of two different texts, from a little before the place they first differ
 * (`…` where cut), for showing a changed paragraph without printing it whole.
 */
export function differenceExcerpts(
  before: string,
  after: string,
  lead = 8,
  length = 40,
): { before: string; after: string } {
  const a = Array.from(before);
  const b = Array.from(after);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - lead);
  const cut = (chars: string[]) => {
    const part = chars.slice(from, from + length).join('');
    if (!part) return '（无）';
    return `${from > 0 ? '…' : ''}${part}${from + length < chars.length ? '…' : ''}`;
  };
  return { before: cut(a), after: cut(b) };
}
