import { useState } from 'react';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { ADMIN_HASH, DESK_HASH } from './server-routes';
import { useServerSession } from './server-session';
import { SyncStatus } from './SyncStatus';

/** The header's right side in server mode: sync status, who is signed in, 管理, 修改密码, 退出登录. */
export function UserBar() {
  const { me, signOut } = useServerSession();
  const [changing, setChanging] = useState(false);
  return (
    <div className="server-bar">
      <SyncStatus />
      <span className="server-user">
        {me.name}（{me.roleName}
        {me.unit ? ` · ${me.unit.name}` : me.region ? ` · ${me.region.name}` : ''}）
      </span>
      {me.role === 'admin' ? <a href={ADMIN_HASH}>管理</a> : null}
      {me.role === 'supervisor' ? <a href={DESK_HASH}>审核台</a> : null}
      <button type="button" className="button link-button" onClick={() => setChanging(true)}>
        修改密码
      </button>
      <button type="button" className="button link-button" onClick={() => void signOut()}>
        退出登录
      </button>
      {changing ? <ChangePasswordDialog onClose={() => setChanging(false)} /> : null}
    </div>
  );
}
