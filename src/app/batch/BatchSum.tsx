import { sumCsv, sumLines } from '../../batch/sum-csv';
import { sumDrafts } from '../../batch/sum-drafts';
import type { BatchRow } from '../../batch/check-file';
import { partitionForSum } from '../../batch/check-file';
import { groupByColumns } from '../../report/table-rows';
import { downloadFile } from '../download-file';

/** The county sum (汇总) of every file without errors, with the files left out and why. */
export function BatchSum({
  rows,
  onShowReport,
}: {
  rows: readonly BatchRow[];
  onShowReport?: (total: ReturnType<typeof sumDrafts>) => void;
}) {
  const { included, left } = partitionForSum(rows);
  const year = included[0]?.meta.year ?? new Date().getFullYear() - 1;
  const total = sumDrafts(included, '汇总', year);
  const lines = sumLines(total);
  return (
    <section aria-labelledby="batch-sum-title">
      <h2 id="batch-sum-title">汇总（{included.length} 个没有错误的文件）</h2>
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
