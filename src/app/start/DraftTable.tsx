import { useMemo } from 'react';
import type { DraftRecord } from '../../storage/draft-record';
import { compareHash, reportHash, reviewHash } from '../routing/route';
import { formatDateTime } from '../common/format-time';
import { recordStatus } from './record-status';

interface DraftTableProps {
  readonly records: readonly DraftRecord[];
  readonly onDelete: (record: DraftRecord) => void;
}

/** The drafts stored in this browser, newest first. */
export function DraftTable({ records, onDelete }: DraftTableProps) {
  const statuses = useMemo(() => new Map(records.map((r) => [r.id, recordStatus(r)])), [records]);
  return (
    <table className="draft-table">
      <caption className="visually-hidden">本浏览器中保存的报告草稿</caption>
      <thead>
        <tr>
          <th scope="col">机关</th>
          <th scope="col">年度</th>
          <th scope="col">状态</th>
          <th scope="col">最后保存</th>
          <th scope="col">
            <span className="visually-hidden">操作</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const status = statuses.get(r.id) ?? recordStatus(r);
          return (
            <tr key={r.id}>
              <th scope="row">
                <a href={reportHash(r.id, 'basics')}>{r.agencyName || '（未填写机关名称）'}</a>
              </th>
              <td>{r.year}</td>
              <td>
                <span className={`status status-${status.shown}`} title={status.warning ?? undefined}>
                  {status.label}
                </span>
                {status.warning ? (
                  <span className="status-warning">{status.warning.split('：')[0]}</span>
                ) : null}
              </td>
              <td>{formatDateTime(r.savedAt)}</td>
              <td className="actions">
                <a href={reviewHash(r.id)}>
                  审核<span className="visually-hidden">{`${r.agencyName} ${r.year} 年的草稿`}</span>
                </a>
                <a href={compareHash(r.id)}>
                  与上年比较<span className="visually-hidden">{`：${r.agencyName} ${r.year} 年`}</span>
                </a>
                <button type="button" className="button link-button" onClick={() => onDelete(r)}>
                  删除<span className="visually-hidden">{`${r.agencyName} ${r.year} 年的草稿`}</span>
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
