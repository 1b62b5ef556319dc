import { useMemo } from 'react';
import { DataTable } from '../../common/DataTable';
import { sumCsv } from '../../../batch/sum-csv';
import { REPORT_CSS } from '../../../export/report-css';
import { buildReportDocument } from '../../../export/report-document';
import { REGION_LEVEL_NAMES } from '../../../api-contract/roles';
import type { SumAnswer } from '../../../api-contract/desk-endpoints';
import { regionSum } from '../../../api-contract/desk-endpoints';
import { downloadFile } from '../../common/download-file';
import { ReportTable } from '../../report-view/ReportTable';
import '../../report-view/ReportView.css';
import { deskHash } from '../server-routes';
import { useServerSession } from '../server-session';
import { OpenReportButton } from './OpenReportButton';
import { statusLabel } from './roster-model';
import { DeskLoadStatus } from './DeskLoadStatus';
import { useDeskAnswer } from './use-desk-answer';

/** The three tables of the 汇总, drawn as the official tables (the HTML export's cells and styles). */
function SumTables({ answer }: { answer: SumAnswer }) {
  const doc = useMemo(() => buildReportDocument(answer.document), [answer.document]);
  return (
    <div className="report-view desk-sum-tables">
      <style href="gov-report-css" precedence="default">
        {REPORT_CSS}
      </style>
      <div className="gov-report" lang="zh-CN">
        {doc.parts.flatMap((p) =>
          p.table ? (
            <section key={p.id} className="report-part" data-part={p.id}>
              <h2 className="part-heading">{p.heading}</h2>
              <ReportTable table={p.table} />
            </section>
          ) : (
            []
          ),
        )}
      </div>
    </div>
  );
}

/** 汇总 by region: the approved reports under a region, its sub-regions' subtotals, who is in and out. */
export function SumPage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const { me } = useServerSession();
  const load = useDeskAnswer(regionSum, { region: regionId ?? me.region?.id ?? 0, year });
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const a = load.answer;
  return (
    <>
      <h1>
        {a.region.name} {year} 年度汇总（{a.unitsTotal} 份审核通过的报告）
      </h1>
      {a.parent ? (
        <p>
          <a href={deskHash('sum', year, a.parent.id)}>‹ 返回上级：{a.parent.name}</a>
        </p>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadFile(`${a.region.name}-汇总-${year}.csv`, sumCsv(a.document), 'text/csv;charset=utf-8')
          }
        >
          导出汇总 CSV
        </button>
        <a className="button" href={`api/sum/subtotals.csv?region=${a.region.id}&year=${year}`} download>
          导出各级小计 CSV
        </a>
      </p>
      {a.children.length > 0 ? (
        <section aria-labelledby="sum-children-title">
          <h2 id="sum-children-title">下级地区小计</h2>
          <DataTable
            className="desk-table"
            rows={a.children}
            rowKey={(c) => c.id}
            columns={[
              { header: '地区', cell: (c) => c.name, rowHeader: true },
              { header: '层级', cell: (c) => REGION_LEVEL_NAMES[c.level] },
              { header: '计入汇总', cell: (c) => c.included, numeric: true },
              { header: '未计入', cell: (c) => c.leftOut, numeric: true },
              { header: '小计', cell: (c) => <a href={deskHash('sum', year, c.id)}>查看{c.name}的汇总</a> },
            ]}
          />
        </section>
      ) : null}
      <SumTables answer={a} />
      <section aria-labelledby="sum-in-title">
        <h2 id="sum-in-title">计入汇总的单位（{a.unitsTotal} 个）</h2>
        {a.units.length === 0 ? (
          <p>还没有审核通过的报告。</p>
        ) : (
          <details>
            <summary>展开单位列表</summary>
            <DataTable
              className="desk-table"
              rows={a.units}
              rowKey={(u) => u.id}
              rowAttributes={(u) => ({ 'data-unit': u.name })}
              columns={[
                { header: '地区', cell: (u) => u.regionName },
                { header: '单位', cell: (u) => u.name, rowHeader: true },
                {
                  header: '报告',
                  cell: (u) => (
                    <OpenReportButton unitId={u.id} unitName={u.name} year={year} status="approved" />
                  ),
                },
              ]}
            />
            <NotListed listed={a.units.length} total={a.unitsTotal} />
          </details>
        )}
      </section>
      <section aria-labelledby="sum-out-title">
        <h2 id="sum-out-title">未计入汇总的单位（{a.leftOutTotal} 个）</h2>
        {a.leftOut.length > 0 ? (
          <DataTable
            className="desk-table sum-left-out"
            rows={a.leftOut}
            rowKey={(u) => u.id}
            rowAttributes={(u) => ({ 'data-unit': u.name })}
            columns={[
              { header: '地区', cell: (u) => u.regionName },
              { header: '单位', cell: (u) => u.name, rowHeader: true },
              { header: '状态', cell: (u) => statusLabel(u.status ?? 'none') },
              { header: '原因', cell: (u) => u.reason },
            ]}
          />
        ) : (
          <p>所有单位的报告都已审核通过并计入汇总。</p>
        )}
        <NotListed listed={a.leftOut.length} total={a.leftOutTotal} />
      </section>
    </>
  );
}

/** A province's lists stop at their first units: the rest are in the sub-regions' 汇总. */
function NotListed({ listed, total }: { listed: number; total: number }) {
  if (total <= listed) return null;
  return (
    <p className="hint">
      只列出前 {listed} 个单位，其余 {total - listed} 个请在下级地区的汇总中查看（点击上方表格中的地区）。
    </p>
  );
}
