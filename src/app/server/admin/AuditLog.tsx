import { useEffect, useState } from 'react';
import { auditEvents } from '../../../api-contract/endpoints';
import type { AuditEvent } from '../../../api-contract/endpoints';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';
import { DataTable } from '../../common/DataTable';
import type { Column } from '../../common/DataTable';
import { SelectField } from '../../common/SelectField';
import type { SelectOption } from '../../common/SelectField';
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

/** The three filters: each one's label, its 全部 choice and its options. */
const filterChoices = (
  overview: Overview,
): readonly { key: keyof Filter; label: string; all: string; options: readonly SelectOption[] }[] => [
  {
    key: 'unit',
    label: '单位',
    all: '全部单位',
    options: overview.units.map((u) => ({ value: u.id, label: u.name })),
  },
  {
    key: 'user',
    label: '用户',
    all: '全部用户',
    options: overview.users.map((u) => ({ value: u.login, label: `${u.displayName}（${u.login}）` })),
  },
  {
    key: 'action',
    label: '操作',
    all: '全部操作',
    options: AUDIT_ACTIONS.map((a) => ({ value: a, label: actionWords(a) })),
  },
];

const columns = (overview: Overview): readonly Column<AuditEvent>[] => [
  { header: '时间', cell: (e) => new Date(e.at).toLocaleString('zh-CN') },
  { header: '用户', cell: (e) => personName(e.login, overview) },
  { header: '操作', cell: (e) => actionWords(e.action) },
  { header: '对象', cell: (e) => objectName(e.object, overview) },
  { header: '内容', cell: (e) => e.detail },
  { header: '结果', cell: (e) => resultWords(e.result) },
];

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
        {filterChoices(overview).map((f) => (
          <SelectField
            key={f.key}
            id={`audit-${f.key}`}
            label={f.label}
            value={filter[f.key]}
            onChange={(v) => choose(f.key, v)}
            options={[{ value: '', label: f.all }, ...f.options]}
          />
        ))}
      </div>
      {failed ? <p role="alert">无法读取审计日志，请稍后刷新页面。</p> : null}
      <DataTable
        className="drafts audit-log"
        caption={`审计日志，第 ${pageNumber} 页`}
        columns={columns(overview)}
        rows={events ?? []}
        rowKey={(e) => e.id}
      />
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
