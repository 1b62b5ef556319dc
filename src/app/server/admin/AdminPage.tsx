import { useCallback, useEffect, useState } from 'react';
import { adminOverview } from '../../../api-contract/endpoints';
import { callApi } from '../../../storage/server-sync/server-api';
import { callEndpoint } from '../../../storage/server-sync/call-endpoint';
import { AccountForms } from './AccountForms';
import type { Overview } from './admin-overview';
import { AuditLog } from './AuditLog';
import { ImportDraftsForm } from './ImportDraftsForm';
import { UserList } from './UserList';

/** 管理员: regions, units and users; password resets; import of many draft files; the audit log. */
export function AdminPage() {
  const [overview, setOverview] = useState<Overview | undefined>();
  // Bumped after every change, so the audit log shows it.
  const [changes, setChanges] = useState(0);
  const refresh = useCallback(async () => {
    const o = await callEndpoint(adminOverview, {});
    if (o.ok) setOverview(o.body);
    setChanges((n) => n + 1);
  }, []);
  useEffect(() => {
    // Read from the server; the state is set when it answers.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh]);

  const post = async (path: string, body: unknown, done: string) => {
    const answer = await callApi('POST', path, body).catch(() => undefined);
    if (!answer) return '无法连接服务器。';
    await refresh();
    return answer.status < 300 ? done : (answer.body.error ?? `失败（HTTP ${answer.status}）`);
  };

  if (!overview)
    return (
      <main className="start" id="main">
        正在读取…
      </main>
    );
  const regionOptions = overview.regions.map((r) => (
    <option key={r.id} value={r.id}>
      {'　'.repeat(r.path.split('/').length - 3)}
      {r.name}
    </option>
  ));
  const unitOptions = overview.units.map((u) => (
    <option key={u.id} value={u.id}>
      {u.name}
    </option>
  ));
  return (
    <main className="start admin-page" id="main">
      <h1>管理</h1>
      <p className="hint">
        报送截止日期不在这里设置：各地区的审核人在审核台的“单位名单”上为本地区设置（下级地区未设置的，沿用上级的截止日期）。
      </p>
      <div className="admin-forms">
        <AccountForms post={post} regionOptions={regionOptions} unitOptions={unitOptions} />
        <ImportDraftsForm unitOptions={unitOptions} onImported={refresh} />
      </div>
      <UserList overview={overview} />
      <AuditLog overview={overview} refreshKey={changes} />
    </main>
  );
}
