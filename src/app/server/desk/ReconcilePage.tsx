import { useState } from 'react';
import { reconcileRegion } from '../../../api-contract/desk-endpoints';
import { DeskLoadStatus } from './DeskLoadStatus';
import { statusLabel } from './roster-model';
import { useDeskAnswer } from './use-desk-answer';
import { DataTable } from '../../common/DataTable';
import { SelectField } from '../../common/SelectField';

/**
 * 本级报告与汇总对账: the region's own report against the 汇总 of its approved units, cell by
 * cell; the differences shown, never blocking, with what is compared said in words.
 */
export function ReconcilePage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const [own, setOwn] = useState<number | undefined>(undefined);
  const [includeOwn, setIncludeOwn] = useState(false);
  const load = useDeskAnswer(reconcileRegion, { year, region: regionId, own, includeOwn });
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const a = load.answer;
  return (
    <>
      <h1>
        {a.region.name} {year} 年度本级报告与汇总对账
      </h1>
      <div className="desk-filters">
        <SelectField
          id="reconcile-own"
          label="本级报告的报送单位"
          value={a.own?.id ?? ''}
          onChange={(v) => setOwn(v === '' ? undefined : Number(v))}
          options={[
            ...(a.own === null ? [{ value: '', label: '请选择' }] : []),
            ...a.candidates.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <label className="field">
          <input type="checkbox" checked={includeOwn} onChange={(e) => setIncludeOwn(e.target.checked)} />{' '}
          汇总包括本级单位自己的报告
        </label>
      </div>
      {a.own === null ? (
        <p>没有找到本级报告的报送单位，请在上面选择。</p>
      ) : (
        <>
          <p className="reconcile-scope">{a.scope}</p>
          {a.own.status !== 'approved' ? (
            <p className="hint">
              本级报告目前为“{statusLabel(a.own.status ?? 'none')}”
              {a.own.status === null ? '' : '，比较的是它现在的内容'}。
            </p>
          ) : null}
          {a.own.status === null ? null : a.differences.length === 0 ? (
            <p role="status">比较了 {a.cells} 个数字，本级报告与汇总全部相同。</p>
          ) : (
            <div className="desk-table-wrap">
              <DataTable
                className="desk-table reconcile-table"
                caption={`比较了 ${a.cells} 个数字，${a.differences.length} 个不同`}
                captionShown
                rows={a.differences}
                rowKey={(d) => d.path}
                columns={[
                  { header: '位置', cell: (d) => d.label, rowHeader: true },
                  { header: '本级报告', cell: (d) => d.own, numeric: true },
                  { header: '汇总', cell: (d) => d.sum, numeric: true },
                  {
                    header: '差（本级 − 汇总）',
                    cell: (d) => Math.round((d.own - d.sum) * 10000) / 10000,
                    numeric: true,
                  },
                ]}
              />
            </div>
          )}
        </>
      )}
      <h2>汇总中的单位（{a.counted.length}）</h2>
      <p>{a.counted.map((u) => u.name).join('、') || '没有审核通过的报告。'}</p>
      <h2>没有计入汇总的单位（{a.notCounted.length}）</h2>
      {a.notCounted.length === 0 ? (
        <p>所有单位的报告都已审核通过。</p>
      ) : (
        <ul className="reconcile-left-out">
          {a.notCounted.map((u) => (
            <li key={u.id}>
              {u.name}（{u.regionName}）：{u.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
