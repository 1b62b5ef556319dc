import { useMemo } from 'react';
import { serializeDraft } from '../../report/restore';
import { draftDifferences } from '../../storage/server-sync/differences';
import type { Conflict } from '../../storage/server-sync/sync-state';
import { Modal } from '../common/Modal';
import { downloadFile } from '../download-file';
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
  return (
    <Modal title="同步冲突：服务器上有他人保存的新版本" onDismiss={onClose}>
      <p>
        您在本机的修改和服务器上的版本（第 {conflict.serverRevision} 版）有 {diffs.length}{' '}
        处不同。两个版本都还在，请选择保留哪一个。
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
