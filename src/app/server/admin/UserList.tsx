import type { Overview } from './admin-overview';
import { placeOf, roleWords } from './admin-overview';

/** 用户: every account with its role and its unit (填报人) or region (审核人). */
export function UserList({ overview }: { overview: Overview }) {
  return (
    <>
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
              <td>{roleWords(u.role)}</td>
              <td>{placeOf(u, overview)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
