import { useMemo } from 'react';
import { serializeDraft } from '../../report/restore';
import { EMPTY_VALUE, draftDifferences } from '../../storage/server-sync/differences';
import type { Conflict } from '../../storage/server-sync/sync-state';
import { Modal } from '../common/Modal';
import { downloadFile } from '../common/download-file';
import { useServerSession } from './server-session';

/**
 * 同步冲突: someone saved a newer version on the server. Both versions side by side, value by
 * value; the clerk keeps one (the other stays as a file or as an earlier server revision).
 */
export function ConflictDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { engine } = useServerSession();
  const diffs = useMemo(() => draftDifferences(conflict.local, conflict.server), [conflict]);
  const keepLocal = async () => {
    await engine.keepLocal();
    onClose();
  };
  const takeServer = async () => {
    // The local version goes out as a draft file first: nothing typed is lost.
    downloadFile(
      `本机版本-${conflict.local.meta.agencyName}-${conflict.local.meta.year}.json`,
      serializeDraft(conflict.local),
      'application/json',
    );
    await engine.takeServer();
    window.location.reload();
  };
  const onlyLocal = diffs.filter((d) => d.a !== EMPTY_VALUE && d.b === EMPTY_VALUE).length;
  const onlyServer = diffs.filter((d) => d.b !== EMPTY_VALUE && d.a === EMPTY_VALUE).length;
  const fuller =
    onlyLocal > onlyServer
      ? '本机版本填得更多'
      : onlyServer > onlyLocal
        ? '服务器版本填得更多'
        : '两个版本填写的项数相同';
  return (
    <Modal title="同步冲突：本机和服务器上的版本不同" onDismiss={onClose}>
      <div className="banner banner-error" role="alert">
        <p className="banner-title">本机的修改只保存在这台电脑上，还没有保存到服务器</p>
        <p>请在下面选择保留哪一个版本。选择之前，不要清除浏览器数据，也不要在别的电脑上继续填写。</p>
      </div>
      <p>
        服务器上的版本（第 {conflict.serverRevision}{' '}
        版）可能是同一账号在另一台电脑或另一个标签页保存的。两个版本有 {diffs.length} 处不同：{fuller}
        （只有本机填了的 {onlyLocal} 项，只有服务器填了的 {onlyServer} 项）。
      </p>
      <div className="conflict-table-wrap">
        <table className="conflict-table">
          <caption className="visually-hidden">两个版本不同之处</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">本机版本</th>
              <th scope="col">服务器版本</th>
            </tr>
          </thead>
          <tbody>
            {diffs.map((d) => (
              <tr key={d.path}>
                <th scope="row">{d.label}</th>
                <td>{d.a}</td>
                <td>{d.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={() => void keepLocal()}>
          保留本机版本（保存为服务器上的新版本）
        </button>
        <button type="button" className="button" onClick={() => void takeServer()}>
          采用服务器版本（本机版本另存为文件）
        </button>
        <button type="button" className="button" onClick={onClose}>
          稍后决定
        </button>
      </div>
    </Modal>
  );
}
