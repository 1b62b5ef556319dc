import { useState, useSyncExternalStore } from 'react';
import type { SyncState } from '../../storage/server-sync/sync-state';
import { ConflictDialog } from './ConflictDialog';
import { useServerSession } from './server-session';

/** Why the changes are not on the server yet, or undefined while they are (or are being sent). */
function reason(state: SyncState): string | undefined {
  switch (state.kind) {
    case 'pending':
      if (state.serverAway) return '服务器暂时无法保存，稍后自动重试。';
      return state.offline ? '无法连接服务器，稍后自动重试。' : undefined;
    case 'conflict':
      return '服务器上有这份报告的另一个版本，请选择保留哪一个。';
    case 'signed-out':
      return '登录已过期，请重新登录后自动保存到服务器。';
    case 'refused':
      return `服务器未接受：${state.message}`;
    default:
      return undefined;
  }
}

/**
 * 只保存在本机: a banner across the page, under the header, for as long as this PC has changes
 * the server does not (the header's status says it too, but small). For a conflict it opens
 * the two versions.
 */
export function LocalOnlyBanner() {
  const { engine } = useServerSession();
  const state = useSyncExternalStore(engine.state.subscribe, engine.state.get);
  const [showConflict, setShowConflict] = useState(false);
  const why = reason(state);
  if (!why) return null;
  return (
    <section
      className={`banner local-only-banner ${state.kind === 'pending' ? 'banner-warning' : 'banner-error'}`}
      aria-label="只保存在本机"
    >
      <p className="banner-title">您的修改只保存在本机（这台电脑），还没有保存到服务器</p>
      <p>
        {why}在此之前请不要清除浏览器数据，也不要换到别的电脑上继续填写。
        {state.kind === 'conflict' ? (
          <>
            {' '}
            <button type="button" className="button" onClick={() => setShowConflict(true)}>
              查看两个版本并选择
            </button>
          </>
        ) : null}
      </p>
      {state.kind === 'conflict' && showConflict ? (
        <ConflictDialog conflict={state.conflict} onClose={() => setShowConflict(false)} />
      ) : null}
    </section>
  );
}
