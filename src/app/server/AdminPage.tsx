import { useCallback, useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { readDraftFile } from '../../storage/draft-file';
import { callApi } from '../../storage/server-sync/server-api';
import { actionWords, resultWords } from './audit-words';

interface Overview {
  readonly regions: readonly {
    id: number;
    parentId: number | null;
    name: string;
    level: string;
    path: string;
  }[];
  readonly units: readonly { id: number; regionId: number; name: string }[];
  readonly users: readonly {
    id: number;
    login: string;
    displayName: string;
    role: string;
    unitId: number | null;
    regionId: number | null;
  }[];
}

const LEVELS = [
  ['province', '省'],
  ['city', '市'],
  ['county', '县'],
  ['township', '乡镇'],
] as const;
const ROLES = [
  ['clerk', '填报人'],
  ['supervisor', '审核人'],
  ['admin', '管理员'],
] as const;

/** A small form that posts its fields and says what the server answered. */
function AdminForm({
  title,
  onSubmit,
  children,
}: {
  title: string;
  onSubmit: (data: FormData) => Promise<string>;
  children: ReactNode;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const text = await onSubmit(new FormData(form));
    setMessage(text);
  };
  return (
    <form className="panel admin-form" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h2>{title}</h2>
      {children}
      <button type="submit" className="button primary">
        {title}
      </button>
      <p role="status">{message}</p>
    </form>
  );
}

function Field({
  label,
  name,
  type = 'text',
  children,
}: {
  label: string;
  name: string;
  type?: string;
  children?: ReactNode;
}) {
  const id = `admin-${name}-${label}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children ? (
        <select id={id} name={name} className="input input-medium">
          {children}
        </select>
      ) : (
        <input id={id} name={name} type={type} className="input input-medium" autoComplete="off" />
      )}
    </div>
  );
}

const str = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
const num = (d: FormData, k: string) => (str(d, k) ? Number(str(d, k)) : undefined);

/** The unit a clerk belongs to, or the region a supervisor is responsible for, by name; — for an administrator. */
function placeOf(user: Overview['users'][number], overview: Overview): string {
  if (user.unitId !== null) return overview.units.find((u) => u.id === user.unitId)?.name ?? '—';
  if (user.regionId !== null) return overview.regions.find((r) => r.id === user.regionId)?.name ?? '—';
  return '—';
}

/** 管理员: regions, units and users; password resets; import of many draft files; the audit log. */
export function AdminPage() {
  const [overview, setOverview] = useState<Overview | undefined>();
  const [events, setEvents] = useState<
    readonly {
      id: string;
      at: string;
      login: string | null;
      action: string;
      object: string | null;
      result: string;
      detail: string | null;
    }[]
  >([]);
  const [importLines, setImportLines] = useState<readonly string[]>([]);
  const refresh = useCallback(async () => {
    const o = await callApi<Overview>('GET', '/admin/overview');
    if (o.status === 200) setOverview(o.body);
    const e = await callApi<{ events: typeof events }>('GET', '/admin/events');
    if (e.status === 200) setEvents(e.body.events);
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

  const importFiles = async (files: FileList | null, unitId: number | undefined) => {
    if (!files || !unitId) return setImportLines(['请先选择单位和文件。']);
    const lines: string[] = [];
    for (const file of Array.from(files)) {
      // The same reading as 打开草稿文件: size limit first, UTF-8, UTF-16 or GBK.
      const restored = await readDraftFile(file);
      if (!restored.ok) {
        lines.push(`${file.name}：没有导入——${restored.findings[0]?.message ?? '不是草稿文件'}`);
        continue;
      }
      const answer = await callApi<{ year: number; revision: number }>('POST', '/admin/import', {
        unitId,
        document: restored.draft,
      }).catch(() => undefined);
      lines.push(
        answer?.status === 200
          ? `${file.name}：已导入 ${answer.body.year} 年度（第 ${answer.body.revision} 版，状态为草稿）`
          : `${file.name}：没有导入——${answer?.body.error ?? '无法连接服务器'}`,
      );
      setImportLines([...lines]);
    }
    setImportLines(lines);
    await refresh();
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
        <AdminForm
          title="新建地区"
          onSubmit={(d) =>
            post(
              '/admin/regions',
              { name: str(d, 'name'), level: str(d, 'level'), parentId: num(d, 'parentId') },
              '已创建地区。',
            )
          }
        >
          <Field label="地区名称" name="name" />
          <Field label="级别" name="level">
            {LEVELS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Field>
          <Field label="上级地区" name="parentId">
            <option value="">（无，顶级）</option>
            {regionOptions}
          </Field>
        </AdminForm>
        <AdminForm
          title="新建单位"
          onSubmit={(d) =>
            post('/admin/units', { name: str(d, 'name'), regionId: num(d, 'regionId') }, '已创建单位。')
          }
        >
          <Field label="单位名称" name="name" />
          <Field label="所属地区" name="regionId">
            {regionOptions}
          </Field>
        </AdminForm>
        <AdminForm
          title="新建用户"
          onSubmit={(d) => {
            const role = str(d, 'role');
            return post(
              '/admin/users',
              {
                login: str(d, 'login'),
                displayName: str(d, 'displayName'),
                password: String(d.get('password') ?? ''),
                role,
                unitId: role === 'clerk' ? num(d, 'unitId') : undefined,
                regionId: role === 'supervisor' ? num(d, 'regionId') : undefined,
              },
              '已创建用户。',
            );
          }}
        >
          <Field label="登录名" name="login" />
          <Field label="姓名" name="displayName" />
          <Field label="初始密码（至少 10 个字符）" name="password" type="password" />
          <Field label="角色" name="role">
            {ROLES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Field>
          <Field label="单位（填报人）" name="unitId">
            {unitOptions}
          </Field>
          <Field label="负责地区（审核人）" name="regionId">
            {regionOptions}
          </Field>
        </AdminForm>
        <AdminForm
          title="重置密码"
          onSubmit={(d) =>
            post(
              '/admin/password',
              { login: str(d, 'login'), password: String(d.get('password') ?? '') },
              '已重置密码，该用户已在所有地方退出登录。',
            )
          }
        >
          <Field label="登录名" name="login" />
          <Field label="新密码" name="password" type="password" />
        </AdminForm>
        <form
          className="panel admin-form"
          aria-label="导入草稿文件"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const input = e.currentTarget.elements.namedItem('files');
            void importFiles(input instanceof HTMLInputElement ? input.files : null, num(d, 'unitId'));
          }}
        >
          <h2>导入草稿文件</h2>
          <p className="field-hint">文件中的审核状态和记录不会导入：导入后一律是草稿。</p>
          <Field label="导入到单位" name="unitId">
            {unitOptions}
          </Field>
          <div className="field">
            <label className="field-label" htmlFor="admin-import-files">
              草稿文件（可多选）
            </label>
            <input
              id="admin-import-files"
              name="files"
              type="file"
              accept=".json,application/json"
              multiple
            />
          </div>
          <button type="submit" className="button primary">
            导入
          </button>
          <ul role="status">
            {importLines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </form>
      </div>
      <h2>用户</h2>
      <table className="drafts">
        <thead>
          <tr>
            <th scope="col">登录名</th>
            <th scope="col">姓名</th>
            <th scope="col">角色</th>
            <th scope="col">单位或地区</th>
          </tr>
        </thead>
        <tbody>
          {overview.users.map((u) => (
            <tr key={u.id}>
              <td>{u.login}</td>
              <td>{u.displayName}</td>
              <td>{ROLES.find(([v]) => v === u.role)?.[1]}</td>
              <td>{placeOf(u, overview)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>审计日志（最近 200 条）</h2>
      <table className="drafts">
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
          {events.map((e) => (
            <tr key={e.id}>
              <td>{new Date(e.at).toLocaleString('zh-CN')}</td>
              <td>{e.login}</td>
              <td>{actionWords(e.action)}</td>
              <td>{e.object}</td>
              <td>{e.detail}</td>
              <td>{resultWords(e.result)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
