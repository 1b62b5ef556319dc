import { META_FIELDS } from './layout/meta-fields';
import { PARTS } from './layout/parts';
import { derivedCell } from './derived-cells';
import { numericField } from './numeric-fields';

const TEXT_LABELS = new Map<string, string>([
  ...META_FIELDS.map((f) => [f.path, `基本信息 · ${f.label}`] as const),
  ...PARTS.flatMap((p) => p.prose.map((f) => [f.path, `${p.heading} · ${f.label}`] as const)),
  ['format', '文件格式标记（format）'],
  ['version', '文件版本（version）'],
  ['review', '审核信息（review）'],
  ['baseline', '上年基数（baseline）'],
]);

/** A Chinese description of a draft path for messages, e.g. `行政许可 · 本年处理决定数量`. */
export function describePath(path: string): string {
  const known = numericField(path)?.label ?? derivedCell(path)?.label ?? TEXT_LABELS.get(path);
  if (known) return known;
  if (path === '') return '文件';
  return `字段 ${path}`;
}
