import { useState } from 'react';
import { sumCsv, sumLines } from '../../batch/sum-csv';
import { sumDrafts } from '../../batch/sum-drafts';
import type { BatchRow } from '../../batch/check-file';
import { partitionForSum } from '../../batch/check-file';
import { PUBLISHED_REPORT_LABEL, REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { groupByColumns } from '../../report/table-rows';
import { downloadFile } from '../common/download-file';
import { reportingYear } from '../../report/reporting-year';

/** How many files of each status there are (已发布 for published reports, 无法读取 for the rest). */
function statusCounts(rows: readonly BatchRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const label =
      r.kind === 'unreadable'
        ? '无法读取'
        : r.kind === 'published'
          ? PUBLISHED_REPORT_LABEL
          : REVIEW_STATUS_LABELS[r.status ?? 'draft'];
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const order = [...Object.values(REVIEW_STATUS_LABELS).reverse(), PUBLISHED_REPORT_LABEL, '无法读取'];
  return [...counts].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

/**
 * The county sum (汇总): by default of the approved files without errors (published reports
 * count as approved), with the count of files by status and the files left out and why.
 */
export function BatchSum({
  rows,
  onShowReport,
}: {
  rows: readonly BatchRow[];
  onShowReport?: (total: ReturnType<typeof sumDrafts>) => void;
}) {
  // A county report sums the approved reports: the default; the supervisor may include the rest.
  const [approvedOnly, setApprovedOnly] = useState(true);
  const { included, left } = partitionForSum(rows, { approvedOnly });
  const year = included[0]?.meta.year ?? reportingYear();
  const total = sumDrafts(included, '汇总', year);
  const lines = sumLines(total);
  const byStatus = statusCounts(rows);
  return (
    <section aria-labelledby="batch-sum-title">
      <h2 id="batch-sum-title">
        汇总（{included.length} 个{approvedOnly ? '审核通过且' : ''}没有错误的文件）
      </h2>
      <p className="batch-status-counts">
        按状态：
        {byStatus.map(([label, n]) => `${label} ${n} 个`).join('，')}
      </p>
      <label className="batch-sum-option">
        <input type="checkbox" checked={approvedOnly} onChange={(e) => setApprovedOnly(e.target.checked)} />
        只汇总审核通过的报告（县级汇总的通常做法；已发布的报告视为审核通过）
      </label>
      {left.length > 0 && (
        <details>
          <summary>未计入汇总的文件：{left.length} 个</summary>
          <ul>
            {left.map((l) => (
              <li key={l.file}>
                {l.file}：{l.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="actions">
        <button
          type="button"
          className="button"
          disabled={included.length === 0}
          onClick={() => downloadFile(`汇总-${year}.csv`, sumCsv(total), 'text/csv;charset=utf-8')}
        >
          导出汇总 CSV
        </button>
        {onShowReport && (
          <button
            type="button"
            className="button"
            disabled={included.length === 0}
            onClick={() => onShowReport(total)}
          >
            以报告格式查看汇总
          </button>
        )}
      </p>
      <div className="batch-sum">
        {groupByColumns(lines, (l) => l.columns).map((group) => (
          <table key={group[0]?.label}>
            <thead>
              <tr>
                <th scope="col">项目</th>
                {group[0]?.columns.map((c, i) => (
                  <th scope="col" key={i}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {group.map((l) => (
                <tr key={l.label}>
                  <th scope="row">{l.label}</th>
                  {l.values.map((v, i) => (
                    <td key={i} className="num">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
