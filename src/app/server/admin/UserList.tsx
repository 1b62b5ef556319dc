import { DataTable } from '../../common/DataTable';
import type { Overview } from './admin-overview';
import { placeOf, roleWords } from './admin-overview';

/** 用户: every account with its role and its unit (填报人) or region (审核人). */
export function UserList({ overview }: { overview: Overview }) {
  return (
    <>
      <h2>用户</h2>
      <DataTable
        className="drafts"
        columns={[
          { header: '登录名', cell: (u) => u.login },
          { header: '姓名', cell: (u) => u.displayName },
          { header: '角色', cell: (u) => roleWords(u.role) },
          { header: '单位或地区', cell: (u) => placeOf(u, overview) },
        ]}
        rows={overview.users}
        rowKey={(u) => u.id}
      />
    </>
  );
}
