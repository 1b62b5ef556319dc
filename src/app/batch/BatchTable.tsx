import { useState } from 'react';
import type { BatchRow } from '../../batch/check-file';
import { findingKind } from '../../report/findings';
import { PUBLISHED_REPORT_LABEL, REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import type { Filter, SortKey } from './batch-table-state';
import { FILTERS, SORT_COLUMNS, visibleRows } from './batch-table-state';

/** The row's first error of its own, else its first reading gap (what to look at in the original). */
function explanation(r: BatchRow): string {
  const own = r.findings.find((f) => f.severity === 'error' && findingKind(f) === 'report');
  return (own ?? r.findings.find((f) => findingKind(f) === 'gap'))?.message ?? '';
}

/** The sortable, filterable table of checked files; a row opens that report. */
export function BatchTable({
  rows,
  onOpen,
}: {
  rows: readonly BatchRow[];
  onOpen?: (row: BatchRow) => void;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'file', dir: 1 });
  const shown = visibleRows(rows, filter, search, sort);
  return (
    <section aria-labelledby="batch-table-title">
      <h2 id="batch-table-title">检查结果</h2>
      <div className="batch-filters">
        <label>
          筛选
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          搜索文件名或机关
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <span role="status">
          显示 {shown.length} / {rows.length} 个文件
        </span>
      </div>
      <table className="batch-table">
        <thead>
          <tr>
            {SORT_COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1 }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">结果</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.file} className={r.errors > 0 ? 'has-errors' : undefined}>
              <th scope="row">
                {r.draft && onOpen ? (
                  <button type="button" className="link-button" onClick={() => onOpen(r)}>
                    {r.file}
                  </button>
                ) : (
                  r.file
                )}
              </th>
              <td>{r.agency}</td>
              <td>{r.year ?? ''}</td>
              <td>
                {r.status
                  ? REVIEW_STATUS_LABELS[r.status]
                  : r.kind === 'published'
                    ? PUBLISHED_REPORT_LABEL
                    : ''}
              </td>
              <td className="num">{r.errors}</td>
              <td className="num">{r.warnings}</td>
              <td>{r.verdict}</td>
              <td>{r.message ?? explanation(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
