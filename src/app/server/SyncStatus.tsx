import { useState, useSyncExternalStore } from 'react';
import { formatTime } from '../common/format-time';
import { ConflictDialog } from './ConflictDialog';
import { useServerSession } from './server-session';

/** 已保存到服务器 / 已保存到本机，尚未同步 / 同步冲突, in the header. */
export function SyncStatus() {
  const { engine } = useServerSession();
  const state = useSyncExternalStore(engine.state.subscribe, engine.state.get);
  const [showConflict, setShowConflict] = useState(false);
  if (state.kind === 'idle') return null;
  let text: string;
  let tone = 'sync-ok';
  switch (state.kind) {
    case 'synced':
      text = `已保存到服务器 ${formatTime(state.at)}`;
      break;
    case 'pending':
      text = state.serverAway
        ? '服务器暂时无法保存，您的修改已保存在本机（稍后自动重试）'
        : state.offline
          ? '已保存到本机，尚未同步（无法连接服务器，稍后自动重试）'
          : '已保存到本机，尚未同步';
      tone = 'sync-pending';
      break;
    case 'conflict':
      text = '同步冲突';
      tone = 'sync-conflict';
      break;
    case 'signed-out':
      text = '已保存到本机，尚未同步（登录已过期）';
      tone = 'sync-pending';
      break;
    case 'refused':
      text = `已保存到本机，服务器未接受：${state.message}`;
      tone = 'sync-conflict';
      break;
  }
  return (
    <p className={`sync-status ${tone}`} role="status" data-sync={state.kind}>
      {text}
      {state.kind === 'conflict' ? (
        <>
          {' '}
          <button type="button" className="button link-button" onClick={() => setShowConflict(true)}>
            查看两个版本
          </button>
          {showConflict ? (
            <ConflictDialog conflict={state.conflict} onClose={() => setShowConflict(false)} />
          ) : null}
        </>
      ) : null}
    </p>
  );
}
