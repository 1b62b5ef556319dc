import { useEffect, useState } from 'react';
import type { BatchRow } from '../../batch/check-file';
import { checkBatchFile, withLastYear } from '../../batch/check-file';
import '../common/app-pdf-assets';
import { keepBatchRows, keptBatchRows } from './batch-session';
import { BatchDropZone } from './BatchDropZone';
import { BatchSum } from './BatchSum';
import { BatchTable } from './BatchTable';
import { runInChunks } from './run-in-chunks';
import './batch.css';

interface Props {
  readonly onOpen?: (row: BatchRow) => void;
  readonly onShowReport?: Parameters<typeof BatchSum>[0]['onShowReport'];
}

/** 批量检查: many units' files at once → one table, and the county sum. */
export function BatchPage({ onOpen, onShowReport }: Props) {
  const [rows, setRows] = useState<readonly BatchRow[]>(keptBatchRows);
  useEffect(() => keepBatchRows(rows), [rows]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const busy = progress !== null && progress.done < progress.total;

  async function check(files: File[]) {
    setProgress({ done: 0, total: files.length });
    const checked = await runInChunks(
      files,
      async (f) => checkBatchFile(f.name, new Uint8Array(await f.arrayBuffer())),
      (done, total) => setProgress({ done, total }),
    );
    setRows((old) => {
      const names = new Set(checked.map((r) => r.file));
      return withLastYear([...old.filter((r) => !names.has(r.file)), ...checked]);
    });
  }

  return (
    <main className="batch-page" id="main">
      <h1>批量检查</h1>
      <p className="lead">
        一次检查一个县（区）各单位的报告：每个文件的错误和警告一目了然，没有错误的报告自动汇总三张表。
      </p>
      <BatchDropZone onFiles={(files) => void check(files)} busy={busy} />
      {progress && (
        <p className="batch-progress">
          <label>
            检查进度
            <progress value={progress.done} max={progress.total} />
          </label>
          <span role="status">
            {busy ? `正在检查 ${progress.done} / ${progress.total}` : `已检查 ${progress.total} 个文件`}
          </span>
        </p>
      )}
      {rows.length > 0 && (
        <>
          <p className="actions">
            <button type="button" className="button" onClick={() => setRows([])} disabled={busy}>
              清空列表
            </button>
          </p>
          <BatchTable rows={rows} {...(onOpen ? { onOpen } : {})} />
          <BatchSum rows={rows} {...(onShowReport ? { onShowReport } : {})} />
        </>
      )}
    </main>
  );
}
