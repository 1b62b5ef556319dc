import { useSyncExternalStore } from 'react';
import type { SaveState } from '../../storage/autosaver';
import { useDrafts } from '../drafts/repository-context';
import { formatTime } from '../common/format-time';
import type { SnapshotStore } from '../../storage/snapshot-store';

/** “已自动保存 16:02:09”, or why nothing is kept. */
export function SaveStatus({ store }: { store: SnapshotStore<SaveState> }) {
  const { repository } = useDrafts();
  const state = useSyncExternalStore(store.subscribe, store.get);
  if (state.kind === 'failed') return <p className="save-status save-failed">自动保存失败</p>;
  if (!repository.persistent) return <p className="save-status save-failed">未保存到浏览器</p>;
  if (state.kind === 'saved') return <p className="save-status">已自动保存 {formatTime(state.at)}</p>;
  return <p className="save-status">修改会自动保存</p>;
}
