import type { BatchRow } from '../../batch/check-file';

export type SortKey = 'file' | 'agency' | 'year' | 'status' | 'errors' | 'warnings';
export type Filter = 'all' | 'errors' | 'clean' | 'unreadable';

export const SORT_COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'file', label: '文件' },
  { key: 'agency', label: '机关' },
  { key: 'year', label: '年度' },
  { key: 'status', label: '状态' },
  { key: 'errors', label: '错误' },
  { key: 'warnings', label: '警告' },
];

export const FILTERS: readonly { key: Filter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'errors', label: '有错误' },
  { key: 'clean', label: '没有错误' },
  { key: 'unreadable', label: '无法读取' },
];

/** Filters by kind and a search text (file or agency), then sorts; pure, for the batch table. */
export function visibleRows(
  rows: readonly BatchRow[],
  filter: Filter,
  search: string,
  sort: { key: SortKey; dir: 1 | -1 },
): BatchRow[] {
  const q = search.trim();
  const kept = rows.filter((r) => {
    if (filter === 'errors' && r.errors === 0) return false;
    if (filter === 'clean' && r.errors > 0) return false;
    if (filter === 'unreadable' && r.kind !== 'unreadable') return false;
    return !q || r.file.includes(q) || r.agency.includes(q);
  });
  const value = (r: BatchRow): string | number => {
    const v = r[sort.key];
    return v ?? '';
  };
  return kept.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return c * sort.dir;
  });
}
