import { useMemo } from 'react';
import { serializeDraft } from '../../report/restore';
import { differencesByPart, fillCounts } from '../../storage/server-sync/differences';
import type { Conflict } from '../../storage/server-sync/sync-state';
import { Modal } from '../common/Modal';
import { downloadFile } from '../common/download-file';
import { formatDateTime } from '../common/format-time';
import { useServerSession } from './server-session';

/** Which copy has more filled in, in words. */
function fullerWords(local: number, server: number): string {
  if (local > server) return `本机版本填得更多（多 ${local - server} 项）`;
  if (server > local) return `服务器版本填得更多（多 ${server - local} 项）`;
  return '两个版本填写的项数相同';
}

/** Which copy was saved later, in words (nothing when a time is unknown). */
function newerWords(localAt: string | undefined, serverAt: string | undefined): string {
  if (!localAt || !serverAt) return '';
  const local = Date.parse(localAt);
  const server = Date.parse(serverAt);
  if (Number.isNaN(local) || Number.isNaN(server) || local === server) return '';
  return local > server ? '本机版本较新。' : '服务器版本较新。';
}

/**
 * 同步冲突: the server had a newer revision than the one this copy was based on. Who saved
 * each copy and when, which has more filled in, and the differences part by part (the parts'
 * titles are the core's); the clerk keeps one (the other stays as a file or as an earlier
 * server revision).
 */
export function ConflictDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { engine, me } = useServerSession();
  const groups = useMemo(() => differencesByPart(conflict.local, conflict.server), [conflict]);
  const counts = useMemo(() => fillCounts(conflict.local, conflict.server), [conflict]);
  const total = groups.reduce((n, g) => n + g.differences.length, 0);
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
  const serverBy = conflict.serverSavedBy ?? '（不详）';
  const sameName = conflict.serverSavedBy === me.name;
  return (
    <Modal title="同步冲突：本机和服务器上的版本不同" onDismiss={onClose}>
      <div className="banner banner-error" role="alert">
        <p className="banner-title">本机的修改只保存在这台电脑上，还没有保存到服务器</p>
        <p>请在下面选择保留哪一个版本。选择之前，不要清除浏览器数据，也不要在别的电脑上继续填写。</p>
      </div>
      <dl className="conflict-copies">
        <dt>本机版本</dt>
        <dd>
          {me.name}
          {conflict.localSavedAt ? ` 于 ${formatDateTime(conflict.localSavedAt)} ` : ' '}
          在这台电脑上修改，只保存在本机
        </dd>
        <dt>服务器版本（第 {conflict.serverRevision} 版）</dt>
        <dd>
          {serverBy}
          {conflict.serverSavedAt ? ` 于 ${formatDateTime(conflict.serverSavedAt)} ` : ' '}
          保存到服务器
        </dd>
      </dl>
      <p>
        {sameName ? `两个版本都是${me.name}保存的：服务器上的版本来自另一台电脑或另一个浏览器标签页。` : null}
        {newerWords(conflict.localSavedAt, conflict.serverSavedAt)}
        {fullerWords(counts.a, counts.b)}（本机填了 {counts.a} 项，服务器填了 {counts.b} 项）。两个版本共有{' '}
        {total} 处不同：
      </p>
      <div className="conflict-table-wrap">
        <table className="conflict-table">
          <caption className="visually-hidden">两个版本不同之处（按部分）</caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">本机版本</th>
              <th scope="col">服务器版本</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.part}>
              <tr className="conflict-part">
                <th scope="colgroup" colSpan={3}>
                  {g.title}（{g.differences.length} 处）
                </th>
              </tr>
              {g.differences.map((d) => (
                <tr key={d.path}>
                  <th scope="row">{d.label}</th>
                  <td>{d.a}</td>
                  <td>{d.b}</td>
                </tr>
              ))}
            </tbody>
          ))}
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
