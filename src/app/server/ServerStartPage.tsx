import { metaLabel } from '../../report/layout/meta-fields';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { units as unitsEndpoint } from '../../api-contract/endpoints';
import type { UnitRow } from '../../api-contract/endpoints';
import { callEndpoint } from '../../storage/server-sync/call-endpoint';
import { NEXT_YEAR_HASH, reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { DataTable } from '../common/DataTable';
import { formatDateTime } from '../common/format-time';
import { SelectField } from '../common/SelectField';
import { ChangeFeed, shownRevisions } from './live/live-api';
import { usePoll } from './live/use-poll';
import { useServerSession } from './server-session';
import { reportingYear } from '../../report/reporting-year';

/** The report year most units write in a given calendar year: the one before. */
const defaultYear = () => reportingYear();

/** Server mode's start page: the units in the user's scope and each one's report for a year. */
export function ServerStartPage() {
  const { me, engine } = useServerSession();
  const [year, setYear] = useState(defaultYear);
  const [units, setUnits] = useState<readonly UnitRow[] | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const [opening, setOpening] = useState<number | null>(null);

  const load = useCallback(async (y: number) => {
    try {
      const answer = await callEndpoint(unitsEndpoint, { year: y });
      if (answer.ok) {
        setUnits(answer.body.units);
        setProblem(null);
      } else setProblem(answer.error);
    } catch {
      setProblem('无法连接服务器，请检查网络后重试。');
    }
  }, []);
  useEffect(() => {
    // The list comes from the server; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(year);
  }, [load, year]);
  // A return, a comment or a save by someone else shows within seconds (the list is read again).
  const feed = useMemo(() => new ChangeFeed(year), [year]);
  usePoll(async () => {
    if (units && (await feed.changed(shownRevisions(units)))) await load(year);
  });

  const open = async (unit: UnitRow) => {
    setOpening(unit.id);
    try {
      const id = await engine.open(unit.id, year, unit.name);
      navigate(reportHash(id, 'basics'));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setOpening(null);
    }
  };

  return (
    <main className="start" id="main">
      <h1>{`${me.unit?.name ?? ''}的年度报告`}</h1>
      <SelectField
        id="server-year"
        label={metaLabel('meta.year')}
        short
        value={year}
        onChange={(v) => setYear(Number(v))}
        options={[0, 1, 2, 3].map((k) => defaultYear() - k).map((y) => ({ value: y, label: `${y} 年` }))}
      />
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {units === undefined ? (
        <p>正在读取…</p>
      ) : units.length === 0 ? (
        <p>您的范围内还没有单位。请管理员添加。</p>
      ) : (
        <DataTable
          className="drafts server-units"
          caption={`${year} 年度各单位报告`}
          rows={units}
          rowKey={(u) => u.id}
          columns={[
            { header: '单位', cell: (u) => u.name, rowHeader: true },
            { header: '状态', cell: (u) => (u.status ? REVIEW_STATUS_LABELS[u.status] : '未开始') },
            {
              header: '错误 / 提示',
              cell: (u) => (u.status ? `${u.errors ?? 0} / ${u.warnings ?? 0}` : '—'),
            },
            {
              header: '最后修改',
              cell: (u) => (u.updatedAt ? `${formatDateTime(u.updatedAt)}（${u.updatedBy ?? ''}）` : '—'),
            },
            {
              header: '操作',
              cell: (u) => (
                <>
                  <button
                    type="button"
                    className="button"
                    disabled={opening !== null}
                    onClick={() => void open(u)}
                  >
                    {u.status ? `打开 ${year} 年度报告` : `开始填写 ${year} 年度报告`}
                  </button>
                  {u.status ? null : (
                    <>
                      {' '}
                      <a className="button" href={NEXT_YEAR_HASH}>
                        从上年报告开始
                      </a>
                    </>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </main>
  );
}
