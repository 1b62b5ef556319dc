import { FIGURE_DEFS, MIN_UNITS_TO_COMPARE, figureText } from '../../../report/year-figures';
import type { FiguresAnswer } from '../../../server/desk/desk-types';
import { downloadFile } from '../../common/download-file';
import { DeskLoadStatus } from './DeskLoadStatus';
import { FIGURE_HEADERS, figuresCsv, regionFigureText, regionUnitsText } from './figures-rows';
import { useDeskAnswer } from './use-desk-answer';

/**
 * 年度数字: the year's figures from the approved reports, per region and per unit, each formula
 * named; a region is compared only with 30 units or more behind a figure. No ranking, no score.
 */
export function FiguresPage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const load = useDeskAnswer<FiguresAnswer>(
    `/figures?year=${year}${regionId === undefined ? '' : `&region=${regionId}`}`,
  );
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const a = load.answer;
  return (
    <>
      <h1>
        {a.region.name} {year} 年度数字
      </h1>
      <p>
        只计审核通过的报告（{a.units.length}{' '}
        份）。地区的数字按下列公式用其所有单位的合计计算，不是各单位比例的平均；一个地区背后不足{' '}
        {MIN_UNITS_TO_COMPARE} 个单位的数字只列出、不作比较。不对单位排名或打分。
      </p>
      <section aria-labelledby="figures-formulas">
        <h2 id="figures-formulas">公式</h2>
        <dl className="figures-formulas">
          {FIGURE_DEFS.map((d) => (
            <div key={d.key}>
              <dt>{d.label}</dt>
              <dd>{d.formula}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="desk-filters">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(`${a.region.name}-年度数字-${year}.csv`, figuresCsv(a), 'text/csv;charset=utf-8')
          }
        >
          导出年度数字 CSV
        </button>
      </div>
      <h2>按地区</h2>
      <div className="desk-table-wrap">
        <table className="desk-table figures-table">
          <thead>
            <tr>
              <th scope="col">地区</th>
              <th scope="col">单位数</th>
              {FIGURE_HEADERS.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {a.regions.map((g) => (
              <tr key={g.id}>
                <th scope="row" style={{ paddingLeft: `${0.5 + g.depth}rem` }}>
                  {g.name}
                </th>
                <td className="num">{regionUnitsText(g.figures)}</td>
                {g.figures.map((f) => (
                  <td className="num" key={f.key}>
                    {regionFigureText(f, g.figures)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>按单位</h2>
      <div className="desk-table-wrap">
        <table className="desk-table figures-table">
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">所属地区</th>
              {FIGURE_HEADERS.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {a.units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.regionName}</td>
                {u.figures.map((f) => (
                  <td className="num" key={f.key}>
                    {figureText(f)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
