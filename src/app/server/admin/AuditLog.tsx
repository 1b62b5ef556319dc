import { useEffect, useState } from 'react';
import { auditEvents } from '../../../api-contract/endpoints';
import type { AuditEvent } from '../../../api-contract/endpoints';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';
import { AUDIT_ACTIONS, actionWords, resultWords } from '../audit-words';
import type { Overview } from './admin-overview';
import { objectName, personName } from './audit-names';

/** Events the server sends a page (src/server/http/routes/admin-routes.ts). */
const PAGE_SIZE = 200;

interface Filter {
  readonly unit: string;
  readonly user: string;
  readonly action: string;
}

const NO_FILTER: Filter = { unit: '', user: '', action: '' };

/**
 * 审计日志: newest first, a page of 200 at a time (older pages by the last id shown), filtered
 * by unit, user and action on the server; units, regions and people by name.
 */
export function AuditLog({ overview, refreshKey }: { overview: Overview; refreshKey: number }) {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  // The `before` of each page shown so far: [] is the newest page.
  const [pages, setPages] = useState<readonly string[]>([]);
  const [events, setEvents] = useState<readonly AuditEvent[] | undefined>();
  const [failed, setFailed] = useState(false);
  const before = pages[pages.length - 1];

  useEffect(() => {
    let current = true;
    void callEndpoint(auditEvents, { ...filter, before })
      .then((answer) => {
        if (!current) return;
        setFailed(!answer.ok);
        if (answer.ok) setEvents(answer.body.events);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [filter, before, refreshKey]);

  const choose = (key: keyof Filter, value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setPages([]);
  };
  const last = events?.[events.length - 1];
  const pageNumber = pages.length + 1;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">审计日志</h2>
      <p className="hint">最新的在前，每页 {PAGE_SIZE} 条。</p>
      <div className="audit-filters" role="group" aria-label="筛选审计日志">
        <div className="field">
          <label className="field-label" htmlFor="audit-unit">
            单位
          </label>
          <select
            id="audit-unit"
            className="input"
            value={filter.unit}
            onChange={(e) => choose('unit', e.target.value)}
          >
            <option value="">全部单位</option>
            {overview.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="audit-user">
            用户
          </label>
          <select
            id="audit-user"
            className="input"
            value={filter.user}
            onChange={(e) => choose('user', e.target.value)}
          >
            <option value="">全部用户</option>
            {overview.users.map((u) => (
              <option key={u.id} value={u.login}>
                {u.displayName}（{u.login}）
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor="audit-action">
            操作
          </label>
          <select
            id="audit-action"
            className="input"
            value={filter.action}
            onChange={(e) => choose('action', e.target.value)}
          >
            <option value="">全部操作</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionWords(a)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {failed ? <p role="alert">无法读取审计日志，请稍后刷新页面。</p> : null}
      <table className="drafts audit-log">
        <caption className="visually-hidden">审计日志，第 {pageNumber} 页</caption>
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">用户</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">内容</th>
            <th scope="col">结果</th>
          </tr>
        </thead>
        <tbody>
          {(events ?? []).map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString('zh-CN')}</td>
              <td>{personName(e.login, overview)}</td>
              <td>{actionWords(e.action)}</td>
              <td>{objectName(e.object, overview)}</td>
              <td>{e.detail}</td>
              <td>{resultWords(e.result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events && events.length === 0 ? <p>没有符合条件的记录。</p> : null}
      <nav className="audit-pages" aria-label="审计日志翻页">
        <button
          type="button"
          className="button"
          disabled={pages.length === 0}
          onClick={() => setPages((p) => p.slice(0, -1))}
        >
          较新的记录
        </button>
        <span>第 {pageNumber} 页</span>
        <button
          type="button"
          className="button"
          disabled={!last || (events?.length ?? 0) < PAGE_SIZE}
          onClick={() => last && setPages((p) => [...p, last.id])}
        >
          较早的记录
        </button>
      </nav>
    </section>
  );
}
