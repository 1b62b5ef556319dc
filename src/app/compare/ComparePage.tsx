import { useMemo } from 'react';
import type { ComparedLine } from '../../report/compare';
import { compareTables, formatChange } from '../../report/compare';
import { PARTS } from '../../report/layout/parts';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import { FindingList } from '../review/FindingList';
import { groupByColumns } from '../../report/table-rows';
import './compare.css';

/** The rules that compare with last year: 上年结转, 现行有效件数, same words as last year. */
const ACROSS_YEARS = new Set(['X1', 'X2', 'C5', 'Y3']);

/** This year's three tables beside last year's, changed cells highlighted with +/−, and X1/X2/C5. */
export function ComparePage({ current, previous }: { current: Draft; previous: Draft }) {
  const lines = useMemo(() => compareTables(current, previous), [current, previous]);
  const crossYear = useMemo(
    () => checkDraft(current, { previous }).filter((f) => ACROSS_YEARS.has(f.rule)),
    [current, previous],
  );
  const changed = lines.reduce((n, l) => n + l.cells.filter((c) => c.change !== 0).length, 0);
  const tables = PARTS.flatMap((p) => ('table' in p ? [{ id: p.table, heading: p.heading }] : []));
  return (
    <main className="compare-page" id="main">
      <h1>
        与上年比较：{current.meta.agencyName} {current.meta.year} 年 / {previous.meta.year} 年
      </h1>
      <p className="compare-legend">
        每格上面是 {current.meta.year} 年的数字，下面是 {previous.meta.year} 年的数字；
        <span className="changed-sample">有变化的格子</span>标出增减（+ 增加，− 减少）。共有 {changed}{' '}
        个数字与上年不同。
      </p>
      <section aria-labelledby="compare-findings">
        <h2 id="compare-findings">跨年度核对</h2>
        <FindingList findings={crossYear} />
      </section>
      {tables.map((t) => (
        <section key={t.id} aria-labelledby={`compare-${t.id}`}>
          <h2 id={`compare-${t.id}`}>{t.heading}</h2>
          {groupByColumns(
            lines.filter((l) => l.line.table === t.id),
            (l) => l.line.columns,
          ).map((block, i) => (
            <CompareTable key={i} lines={block} />
          ))}
        </section>
      ))}
    </main>
  );
}

function CompareTable({ lines }: { lines: readonly ComparedLine[] }) {
  const columns = lines[0]?.line.columns ?? [];
  return (
    <table className="compare-table">
      <thead>
        <tr className="compare-header">
          <th scope="col">项目</th>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.line.label}>
            <th scope="row">{l.line.label}</th>
            {l.cells.map((c) => (
              <td key={c.path} className={c.change !== 0 ? 'changed' : undefined}>
                <span className="now">{c.now}</span>
                <span className="before">上年 {c.before}</span>
                {c.change !== 0 && (
                  <span className="change">
                    <span className="visually-hidden">变化 </span>
                    {formatChange(c.change)}
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
