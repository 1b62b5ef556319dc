import { useMemo } from 'react';
import { compareTables, formatChange } from '../../report/compare';
import { PARTS } from '../../report/layout/parts';
import { checkDraft } from '../../report/rules/check-draft';
import type { Draft } from '../../report/schema';
import { FindingList } from '../review/FindingList';
import './compare.css';

/** This year's three tables beside last year's, changed cells highlighted with +/−, and X1/X2. */
export function ComparePage({ current, previous }: { current: Draft; previous: Draft }) {
  const lines = useMemo(() => compareTables(current, previous), [current, previous]);
  const crossYear = useMemo(
    () => checkDraft(current, { previous }).filter((f) => f.rule === 'X1' || f.rule === 'X2'),
    [current, previous],
  );
  const tables = PARTS.flatMap((p) => ('table' in p ? [{ id: p.table, heading: p.heading }] : []));
  return (
    <main className="compare-page" id="main">
      <h1>
        与上年比较：{current.meta.agencyName} {current.meta.year} 年 / {previous.meta.year} 年
      </h1>
      <section aria-labelledby="compare-findings">
        <h2 id="compare-findings">跨年度核对</h2>
        <FindingList findings={crossYear} />
      </section>
      {tables.map((t) => (
        <section key={t.id} aria-label={t.heading}>
          <h2>{t.heading}</h2>
          <table className="compare-table">
            <tbody>
              {lines
                .filter((l) => l.line.table === t.id)
                .map((l, i, all) => (
                  <CompareRows
                    key={l.line.label}
                    line={l}
                    showHeader={i === 0 || all[i - 1]?.line.columns.join() !== l.line.columns.join()}
                  />
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}

function CompareRows({
  line,
  showHeader,
}: {
  line: ReturnType<typeof compareTables>[number];
  showHeader: boolean;
}) {
  return (
    <>
      {showHeader && (
        <tr className="compare-header">
          <th scope="col">项目</th>
          {line.line.columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      )}
      <tr>
        <th scope="row">{line.line.label}</th>
        {line.cells.map((c) => (
          <td key={c.path} className={c.change !== 0 ? 'changed' : undefined}>
            <span className="now">{c.now}</span>
            <span className="before">上年 {c.before}</span>
            {c.change !== 0 && <span className="change">{formatChange(c.change)}</span>}
          </td>
        ))}
      </tr>
    </>
  );
}
