import { useMemo, useState } from 'react';
import { SEVERITY_LABELS } from '../../../report/findings';
import { findingsList } from '../../../api-contract/desk-endpoints';
import { FINDINGS_PAGE } from '../../../api-contract/desk-endpoints';
import { DataTable } from '../../common/DataTable';
import { downloadFile } from '../../common/download-file';
import { SelectField } from '../../common/SelectField';
import { SettleForm } from '../../review/SettleForm';
import { FINDING_COLUMNS, findingCells, findingRows, findingsCsv } from './findings-rows';
import type { FindingRow } from './findings-rows';
import { settleRows } from './settle-rows';
import { DeskLoadStatus } from './DeskLoadStatus';
import { useDeskAnswer } from './use-desk-answer';
import { ListMore } from './ListMore';

type Shown = 'all' | 'error' | 'warning' | 'open' | 'settled';

const SHOWN: Readonly<Record<Shown, (r: FindingRow) => boolean>> = {
  all: () => true,
  error: (r) => r.severity === 'error',
  warning: (r) => r.severity === 'warning',
  open: (r) => r.settle === 'open',
  settled: (r) => r.settle === 'settled',
};

const rowKey = (r: FindingRow) => `${r.unitId}|${r.ruleId}|${r.path}`;

/** 问题清单: each unit's findings (the core's checks) as one table and CSV, for a 通报. */
export function FindingsPage({ year, regionId }: { year: number; regionId: number | undefined }) {
  const [version, setVersion] = useState(0);
  const [limit, setLimit] = useState(FINDINGS_PAGE);
  const load = useDeskAnswer(findingsList, { year, region: regionId, limit }, version);
  const [shown, setShown] = useState<Shown>('all');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<string | null>(null);
  const rows = useMemo(() => (load.kind === 'ready' ? findingRows(load.answer) : []), [load]);
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const visible = rows.filter(SHOWN[shown]);
  const pickedRows = rows.filter((r) => r.settle !== null && picked.has(rowKey(r)));
  const toggle = (r: FindingRow) => {
    const next = new Set(picked);
    if (next.has(rowKey(r))) next.delete(rowKey(r));
    else next.add(rowKey(r));
    setPicked(next);
  };
  /** Picks every shown warning with the same rule and place as `r` (the same warning across units). */
  const pickSame = (r: FindingRow) => {
    const next = new Set(picked);
    for (const x of rows)
      if (x.settle !== null && x.ruleId === r.ruleId && x.path === r.path) next.add(rowKey(x));
    setPicked(next);
  };
  const a = load.answer;
  // The whole region's counts come from the server; a page holds only its first units.
  const { errors, warnings, withProblems } = a.summary;
  return (
    <>
      <h1>
        {load.answer.region.name} {year} 年度问题清单
      </h1>
      <p>
        {a.total} 个单位中 {withProblems} 个有问题：{SEVERITY_LABELS.error} {errors} 条，
        {SEVERITY_LABELS.warning} {warnings} 条。
      </p>
      <div className="desk-filters">
        <SelectField
          id="findings-shown"
          label="显示"
          value={shown}
          onChange={(v) => setShown(v as Shown)}
          options={[
            { value: 'all', label: '全部' },
            { value: 'error', label: `只看${SEVERITY_LABELS.error}` },
            { value: 'warning', label: `只看${SEVERITY_LABELS.warning}` },
            { value: 'open', label: `未处理的${SEVERITY_LABELS.warning}` },
            { value: 'settled', label: `已处理的${SEVERITY_LABELS.warning}` },
          ]}
        />
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
      <section className="desk-settle" aria-labelledby="desk-settle-title">
        <h2 id="desk-settle-title">处理选中的提醒</h2>
        <p className="hint">
          在表中勾选提醒（“选同类”选中各单位的同一条提醒），写一次说明，逐个单位记入报告；只有待审核或已审核通过的报告可以处理。
          已选 {pickedRows.length} 条。
        </p>
        {pickedRows.length > 0 ? (
          <SettleForm
            submitLabel={`处理选中的 ${pickedRows.length} 条提醒`}
            onSettle={async (state, note) => {
              const result = await settleRows(year, pickedRows, state, note);
              setOutcome(result.summary);
              if (result.problem === null) setPicked(new Set());
              setVersion((v) => v + 1);
              return result.problem;
            }}
          />
        ) : null}
        {outcome ? <p role="status">{outcome}</p> : null}
      </section>
      <div className="desk-table-wrap">
        <DataTable
          className="desk-table findings-table"
          caption={`${year} 年度各单位报告的问题`}
          rows={visible}
          rowKey={(_, i) => i}
          rowAttributes={(r) => ({
            'data-unit': r.unit,
            className: r.severity ? `desk-finding-${r.severity}` : undefined,
          })}
          columns={[
            {
              header: '选择',
              cell: (r) =>
                r.settle !== null ? (
                  <>
                    <input
                      type="checkbox"
                      aria-label={`选择 ${r.unit} 的提醒：${r.message}`}
                      checked={picked.has(rowKey(r))}
                      onChange={() => toggle(r)}
                    />{' '}
                    <button type="button" className="link-button" onClick={() => pickSame(r)}>
                      选同类
                    </button>
                  </>
                ) : null,
            },
            ...FINDING_COLUMNS.map((header, k) => ({
              header,
              rowHeader: k === 1,
              cell: (r: FindingRow) => findingCells(r)[k],
            })),
          ]}
        />
      </div>
      <ListMore
        listed={a.units.length}
        total={a.total}
        page={FINDINGS_PAGE}
        onMore={() => setLimit((n) => n + FINDINGS_PAGE)}
      />
    </>
  );
}
