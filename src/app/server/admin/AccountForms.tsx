import type { ReactNode } from 'react';
import { AdminForm, Field, num, str } from './AdminForm';
import { LEVELS, ROLES } from './admin-overview';

/** Posts a body to the server; resolves to the message to show under the form. */
export type Post = (path: string, body: unknown, done: string) => Promise<string>;

/** 新建地区, 新建单位, 新建用户, 重置密码. */
export function AccountForms({
  post,
  regionOptions,
  unitOptions,
}: {
  post: Post;
  regionOptions: ReactNode;
  unitOptions: ReactNode;
}) {
  return (
    <>
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
    </>
  );
}
