import { useMemo, useState } from 'react';
import { SEVERITY_LABELS } from '../../../report/findings';
import type { FindingsAnswer } from '../../../server/desk/desk-types';
import { downloadFile } from '../../download-file';
import { FINDING_COLUMNS, findingCells, findingRows, findingsCsv } from './findings-rows';
import { DeskLoadStatus } from './DeskLoadStatus';
import { useDeskAnswer } from './use-desk-answer';

type Shown = 'all' | 'error' | 'warning';

/** 问题清单: each unit's findings (the core's checks) as one table and CSV, for a 通报. */
export function FindingsPage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const load = useDeskAnswer<FindingsAnswer>(
    `/findings?year=${year}${regionId === undefined ? '' : `&region=${regionId}`}`,
  );
  const [shown, setShown] = useState<Shown>('all');
  const rows = useMemo(() => (load.kind === 'ready' ? findingRows(load.answer) : []), [load]);
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const visible = shown === 'all' ? rows : rows.filter((r) => r.severity === shown);
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  const withProblems = new Set(rows.filter((r) => r.severity).map((r) => r.unitId)).size;
  return (
    <>
      <h1>
        {load.answer.region.name} {year} 年度问题清单
      </h1>
      <p>
        {load.answer.units.length} 个单位中 {withProblems} 个有问题：{SEVERITY_LABELS.error} {errors} 条，
        {SEVERITY_LABELS.warning} {warnings} 条。
      </p>
      <div className="desk-filters">
        <div className="field">
          <label className="field-label" htmlFor="findings-shown">
            显示
          </label>
          <select
            id="findings-shown"
            className="input"
            value={shown}
            onChange={(e) => setShown(e.target.value as Shown)}
          >
            <option value="all">全部</option>
            <option value="error">只看{SEVERITY_LABELS.error}</option>
            <option value="warning">只看{SEVERITY_LABELS.warning}</option>
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(
              `${load.answer.region.name}-问题清单-${year}.csv`,
              findingsCsv(rows),
              'text/csv;charset=utf-8',
            )
          }
        >
          导出问题清单 CSV
        </button>
      </div>
      <div className="desk-table-wrap">
        <table className="desk-table findings-table">
          <caption className="visually-hidden">{year} 年度各单位报告的问题</caption>
          <thead>
            <tr>
              {FINDING_COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r, i) => (
              <tr
                key={i}
                data-unit={r.unit}
                className={r.severity ? `desk-finding-${r.severity}` : undefined}
              >
                {findingCells(r).map((cell, k) =>
                  k === 1 ? (
                    <th scope="row" key={k}>
                      {cell}
                    </th>
                  ) : (
                    <td key={k}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
