import { FIGURE_DEFS, MIN_UNITS_TO_COMPARE, figureText } from '../../../report/year-figures';
import type { FiguresAnswer } from '../../../api-contract/desk-endpoints';
import { yearFigures } from '../../../api-contract/desk-endpoints';
import { DataTable } from '../../common/DataTable';
import { downloadFile } from '../../common/download-file';
import { DeskLoadStatus } from './DeskLoadStatus';
import { FIGURE_HEADERS, figuresCsv, regionFigureText, regionUnitsText } from './figures-rows';
import { useDeskAnswer } from './use-desk-answer';

type Region = FiguresAnswer['regions'][number];
type Unit = FiguresAnswer['units'][number];

/**
 * 年度数字: the year's figures from the approved reports, per region and per unit, each formula
 * named; a region is compared only with 30 units or more behind a figure. No ranking, no score.
 */
export function FiguresPage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const load = useDeskAnswer(yearFigures, { year, region: regionId });
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
        <DataTable
          className="desk-table figures-table"
          rows={a.regions}
          rowKey={(g) => g.id}
          columns={[
            {
              header: '地区',
              cell: (g) => g.name,
              rowHeader: true,
              style: (g) => ({ paddingLeft: `${0.5 + g.depth}rem` }),
            },
            { header: '单位数', cell: (g) => regionUnitsText(g.figures), numeric: true },
            ...FIGURE_HEADERS.map((header, k) => ({
              header,
              numeric: true,
              cell: (g: Region) => {
                const f = g.figures[k];
                return f ? regionFigureText(f, g.figures) : '';
              },
            })),
          ]}
        />
      </div>
      <h2>按单位</h2>
      <div className="desk-table-wrap">
        <DataTable
          className="desk-table figures-table"
          rows={a.units}
          rowKey={(u) => u.id}
          columns={[
            { header: '单位', cell: (u) => u.name, rowHeader: true },
            { header: '所属地区', cell: (u) => u.regionName },
            ...FIGURE_HEADERS.map((header, k) => ({
              header,
              numeric: true,
              cell: (u: Unit) => {
                const f = u.figures[k];
                return f ? figureText(f) : '';
              },
            })),
          ]}
        />
      </div>
    </>
  );
}
