import { useCallback, useEffect, useMemo, useState } from 'react';
import { REVIEW_STATUS_LABELS } from '../../report/layout/review-status';
import { units as unitsEndpoint } from '../../api-contract/endpoints';
import type { UnitRow } from '../../api-contract/endpoints';
import { callEndpoint } from '../../storage/server-sync/call-endpoint';
import { NEXT_YEAR_HASH, reportHash } from '../routing/route';
import { navigate } from '../routing/use-route';
import { formatDateTime } from '../common/format-time';
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
      <div className="field">
        <label className="field-label" htmlFor="server-year">
          报告年度
        </label>
        <select
          id="server-year"
          className="input input-short"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {[0, 1, 2, 3].map((k) => {
            const y = defaultYear() - k;
            return (
              <option key={y} value={y}>
                {y} 年
              </option>
            );
          })}
        </select>
      </div>
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
        <table className="drafts server-units">
          <caption className="visually-hidden">{year} 年度各单位报告</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">状态</th>
              <th scope="col">错误 / 提示</th>
              <th scope="col">最后修改</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.status ? REVIEW_STATUS_LABELS[u.status] : '未开始'}</td>
                <td>{u.status ? `${u.errors ?? 0} / ${u.warnings ?? 0}` : '—'}</td>
                <td>{u.updatedAt ? `${formatDateTime(u.updatedAt)}（${u.updatedBy ?? ''}）` : '—'}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
