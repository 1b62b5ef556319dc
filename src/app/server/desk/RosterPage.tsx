import { useMemo, useState } from 'react';
import { REGION_LEVEL_NAMES } from '../../../api-contract/roles';
import type { RosterAnswer } from '../../../api-contract/desk-endpoints';
import { roster } from '../../../api-contract/desk-endpoints';
import { ROSTER_PAGE } from '../../../api-contract/desk-endpoints';
import { DataTable } from '../../common/DataTable';
import type { Column } from '../../common/DataTable';
import { downloadFile } from '../../common/download-file';
import { SelectField } from '../../common/SelectField';
import { formatDateTime } from '../../common/format-time';
import { DeadlineEditor } from './DeadlineEditor';
import { OpenReportButton } from './OpenReportButton';
import {
  ROSTER_STATUSES,
  notSubmittedCsv,
  notSubmittedText,
  rosterGroups,
  statusLabel,
  statusOf,
} from './roster-model';
import type { RosterSort, RosterView, StatusCounts } from './roster-model';
import { DeskLoadStatus } from './DeskLoadStatus';
import { useDeskAnswer } from './use-desk-answer';
import { ChangeFeed, shownRevisions } from '../live/live-api';
import { usePoll } from '../live/use-poll';
import { ListMore } from './ListMore';

const SORT_LABELS: Readonly<Record<RosterSort, string>> = {
  name: '单位名称',
  status: '状态',
  updated: '最后修改（新的在前）',
  errors: '错误数（多的在前）',
};

type RosterUnit = RosterAnswer['units'][number];

const rosterColumns = (year: number): readonly Column<RosterUnit>[] => [
  { header: '单位', cell: (u) => u.name, rowHeader: true },
  {
    header: '状态',
    cell: (u) => (
      <>
        <span className={`desk-status desk-status-${statusOf(u)}`}>{statusLabel(statusOf(u))}</span>
        {u.overdue ? <span className="desk-overdue-mark">逾期</span> : null}
      </>
    ),
  },
  {
    header: '最后修改',
    cell: (u) => (u.updatedAt ? `${formatDateTime(u.updatedAt)}（${u.updatedBy ?? ''}）` : '—'),
  },
  { header: '错误', cell: (u) => u.errors ?? '—', numeric: true },
  { header: '提醒', cell: (u) => u.warnings ?? '—', numeric: true },
  { header: '截止日期', cell: (u) => u.deadline ?? '—' },
  {
    header: '操作',
    cell: (u) =>
      u.status ? <OpenReportButton unitId={u.id} unitName={u.name} year={year} status={u.status} /> : null,
  },
];

function countsText(c: StatusCounts): string {
  return [...ROSTER_STATUSES.map((s) => `${statusLabel(s)} ${c[s]}`), `逾期 ${c.overdue}`].join(' · ');
}

/** 单位名单: every unit of the supervisor's region and sub-regions, by region, for a year. */
export function RosterPage({ year }: { year: number }) {
  const [version, setVersion] = useState(0);
  const [limit, setLimit] = useState(ROSTER_PAGE);
  const load = useDeskAnswer(roster, { year, limit }, version);
  const [view, setView] = useState<RosterView>({ status: 'all', search: '', sort: 'name' });
  const [copied, setCopied] = useState('');
  const answer = load.kind === 'ready' ? load.answer : undefined;
  const groups = useMemo(() => (answer ? rosterGroups(answer, view) : []), [answer, view]);
  // A unit's submission, withdrawal or save shows within seconds: the roster is read again (the
  // old one stays on screen meanwhile; the filters, the search and a deadline being typed stay).
  const feed = useMemo(() => new ChangeFeed(year), [year]);
  usePoll(async () => {
    if (answer && (await feed.changed(shownRevisions(answer.units)))) setVersion((v) => v + 1);
  });
  if (load.kind !== 'ready') return <DeskLoadStatus load={load} />;
  const a = load.answer;
  // Over every unit of the region (the server counts them; a province lists only its first units).
  const counts = a.counts;
  const own = a.regions.find((g) => g.depth === 0);
  const above = a.regions.filter((g) => g.depth < 0 && g.deadline);
  const missing = notSubmittedText(a);
  const shown = groups.reduce((n, g) => n + g.units.length, 0);
  const columns = rosterColumns(year);
  return (
    <>
      <h1>
        {own?.name ?? ''} {year} 年度报告单位名单
      </h1>
      <ul className="desk-counts" aria-label="各状态单位数">
        <li>
          <button type="button" className="link-button" onClick={() => setView({ ...view, status: 'all' })}>
            全部 <strong>{a.total}</strong>
          </button>
        </li>
        {ROSTER_STATUSES.map((s) => (
          <li key={s} data-status={s}>
            <button type="button" className="link-button" onClick={() => setView({ ...view, status: s })}>
              {statusLabel(s)} <strong>{counts[s]}</strong>
            </button>
          </li>
        ))}
        <li data-status="overdue">
          <button
            type="button"
            className="link-button"
            onClick={() => setView({ ...view, status: 'overdue' })}
          >
            逾期 <strong>{counts.overdue}</strong>
          </button>
        </li>
      </ul>
      {above.length > 0 ? (
        <p className="server-note">
          上级设定的截止日期：{above.map((g) => `${g.name} ${g.deadline ?? ''}`).join('；')}
        </p>
      ) : null}
      <div className="desk-filters">
        <SelectField
          id="roster-status"
          label="状态"
          value={view.status}
          onChange={(v) => setView({ ...view, status: v as RosterView['status'] })}
          options={[
            { value: 'all', label: '全部' },
            { value: 'not-submitted', label: '尚未提交（未开始、草稿、退回修改）' },
            { value: 'overdue', label: '逾期' },
            ...ROSTER_STATUSES.map((st) => ({ value: st, label: statusLabel(st) })),
          ]}
        />
        <div className="field">
          <label className="field-label" htmlFor="roster-search">
            按单位名称查找
          </label>
          <input
            id="roster-search"
            className="input"
            type="search"
            value={view.search}
            onChange={(e) => setView({ ...view, search: e.target.value })}
          />
        </div>
        <SelectField
          id="roster-sort"
          label="排序"
          value={view.sort}
          onChange={(v) => setView({ ...view, sort: v as RosterSort })}
          options={(Object.keys(SORT_LABELS) as RosterSort[]).map((k) => ({
            value: k,
            label: SORT_LABELS[k],
          }))}
        />
        <button type="button" className="button" onClick={() => setVersion((v) => v + 1)}>
          刷新
        </button>
      </div>
      <p aria-live="polite" className="desk-shown">
        显示 {shown} 个单位（共 {a.total} 个）
      </p>
      <ListMore
        listed={a.units.length}
        total={a.total}
        page={ROSTER_PAGE}
        onMore={() => setLimit((n) => n + ROSTER_PAGE)}
      />
      <div className="desk-table-wrap">
        <DataTable
          className="desk-table roster-table"
          caption={`${year} 年度各单位报告状态`}
          columns={columns}
          rowKey={(u) => u.id}
          rowAttributes={(u) => ({ 'data-unit': u.name, className: u.overdue ? 'desk-overdue' : undefined })}
          groupHeadClassName="desk-group"
          groups={groups.map((g) => ({
            key: g.region.id,
            attributes: { 'data-region': g.region.name },
            rows: g.units,
            head: (
              <div className="desk-group-head">
                <span className="desk-group-name" style={{ paddingLeft: `${g.region.depth * 1.25}rem` }}>
                  {[...g.trail, g.region.name].join(' › ')}（{REGION_LEVEL_NAMES[g.region.level]}）
                </span>
                <span className="desk-subtotal">
                  共{' '}
                  {g.subtotal.none +
                    g.subtotal.draft +
                    g.subtotal.returned +
                    g.subtotal.submitted +
                    g.subtotal.approved}{' '}
                  个：{countsText(g.subtotal)}
                </span>
                {g.region.canSetDeadline ? (
                  <DeadlineEditor region={g.region} year={year} onSaved={() => setVersion((v) => v + 1)} />
                ) : null}
              </div>
            ),
          }))}
        />
      </div>
      <section aria-labelledby="missing-title" className="desk-missing">
        <h2 id="missing-title">尚未提交的单位（{missing ? missing.split('\n').length : 0} 个）</h2>
        <p className="server-note">未开始、草稿和退回修改的单位；可复制后粘贴到通知或表格中。</p>
        <label className="visually-hidden" htmlFor="missing-list">
          尚未提交的单位列表
        </label>
        <textarea id="missing-list" className="input desk-missing-list" readOnly value={missing} rows={6} />
        <p className="actions">
          <button
            type="button"
            className="button"
            disabled={!missing}
            onClick={() => {
              void navigator.clipboard?.writeText(missing).then(
                () => setCopied('已复制到剪贴板。'),
                () => setCopied('浏览器不允许复制，请在上面的框中全选后复制。'),
              );
            }}
          >
            复制列表
          </button>
          <button
            type="button"
            className="button"
            disabled={!missing}
            onClick={() => downloadFile(`尚未提交-${year}.csv`, notSubmittedCsv(a), 'text/csv;charset=utf-8')}
          >
            导出 CSV
          </button>
          <span role="status">{copied}</span>
        </p>
      </section>
    </>
  );
}
