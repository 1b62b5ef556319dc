import { useState } from 'react';
import type { ReconcileAnswer } from '../../../server/desk/desk-types';
import { DeskLoadStatus } from './DeskLoadStatus';
import { statusLabel } from './roster-model';
import { useDeskAnswer } from './use-desk-answer';

/**
 * 本级报告与汇总对账: the region's own report against the 汇总 of its approved units, cell by
 * cell; the differences shown, never blocking, with what is compared said in words.
 */
export function ReconcilePage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const [own, setOwn] = useState<number | undefined>(undefined);
  const [includeOwn, setIncludeOwn] = useState(false);
  const query = [
    `year=${year}`,
    regionId === undefined ? '' : `region=${regionId}`,
    own === undefined ? '' : `own=${own}`,
    includeOwn ? 'includeOwn=1' : '',
  ]
    .filter(Boolean)
    .join('&');
  const load = useDeskAnswer<ReconcileAnswer>(`/reconcile?${query}`);
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const a = load.answer;
  return (
    <>
      <h1>
        {a.region.name} {year} 年度本级报告与汇总对账
      </h1>
      <div className="desk-filters">
        <div className="field">
          <label className="field-label" htmlFor="reconcile-own">
            本级报告的报送单位
          </label>
          <select
            id="reconcile-own"
            className="input"
            value={a.own?.id ?? ''}
            onChange={(e) => setOwn(e.target.value === '' ? undefined : Number(e.target.value))}
          >
            {a.own === null ? <option value="">请选择</option> : null}
            {a.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
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
              <table className="desk-table reconcile-table">
                <caption>
                  比较了 {a.cells} 个数字，{a.differences.length} 个不同
                </caption>
                <thead>
                  <tr>
                    <th scope="col">位置</th>
                    <th scope="col">本级报告</th>
                    <th scope="col">汇总</th>
                    <th scope="col">差（本级 − 汇总）</th>
                  </tr>
                </thead>
                <tbody>
                  {a.differences.map((d) => (
                    <tr key={d.path}>
                      <th scope="row">{d.label}</th>
                      <td className="num">{d.own}</td>
                      <td className="num">{d.sum}</td>
                      <td className="num">{Math.round((d.own - d.sum) * 10000) / 10000}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
