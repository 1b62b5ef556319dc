import { META_FIELDS } from './layout/meta-fields';
import { PARTS } from './layout/parts';
import { derivedCell } from './derived-cells';
import { NUMERIC_FIELDS, numericField } from './numeric-fields';

const TEXT_LABELS = new Map<string, string>([
  ...META_FIELDS.map((f) => [f.path, `基本信息 · ${f.label}`] as const),
  ...PARTS.flatMap((p) => p.prose.map((f) => [f.path, `${p.heading} · ${f.label}`] as const)),
  ['format', '文件格式标记（format）'],
  ['version', '文件版本（version）'],
  ['review', '审核信息（review）'],
  ['baseline', '上年基数（baseline）'],
]);

const GROUP_LABELS = new Map<string, string>([
  ['meta', '基本信息'],
  ['meta.contact', '基本信息 · 联系方式'],
  ...PARTS.map((p) => [p.id, p.heading] as const),
]);

/** Every path a label is known for (fields, cells, totals, groups). */
function knownLabel(path: string): string | undefined {
  return (
    numericField(path)?.label ?? derivedCell(path)?.label ?? TEXT_LABELS.get(path) ?? GROUP_LABELS.get(path)
  );
}

/** A group of cells (a table row, a group of 表二): named by its first cell, without the cell's own part. */
function groupLabel(path: string): string | undefined {
  const child = NUMERIC_FIELDS.find((f) => f.path.startsWith(`${path}.`));
  if (!child) return undefined;
  const rest = child.path.slice(path.length + 1).split('.').length;
  const parts = child.label.split(' · ');
  return parts.length > rest ? parts.slice(0, parts.length - rest).join(' · ') : undefined;
}

/** A Chinese description of a draft path for messages, e.g. `行政许可 · 本年处理决定数量`. */
export function describePath(path: string): string {
  const known = knownLabel(path) ?? groupLabel(path);
  if (known) return known;
  if (path === '') return '文件';
  return `字段 ${path}`;
}

/**
 * The field a mistyped key was probably meant to be, named in Chinese: a known sibling whose
 * key differs only in case, or by one or two characters (`agencyname` → 机关名称).
 */
export function likelyField(parent: string, key: string): string | undefined {
  const prefix = parent ? `${parent}.` : '';
  const siblings = new Set<string>();
  for (const p of [...TEXT_LABELS.keys(), ...NUMERIC_FIELDS.map((f) => f.path), ...GROUP_LABELS.keys()]) {
    if (!p.startsWith(prefix)) continue;
    const next = p.slice(prefix.length).split('.')[0];
    if (next) siblings.add(next);
  }
  const near = [...siblings].find(
    (s) => s.toLowerCase() === key.toLowerCase() || editDistance(s.toLowerCase(), key.toLowerCase()) <= 2,
  );
  if (!near) return undefined;
  const label = describePath(prefix + near);
  return label.startsWith('字段 ') ? undefined : `${label}（${near}）`;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
