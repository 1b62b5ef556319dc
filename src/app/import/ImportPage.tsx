import { useId, useState } from 'react';
import type { ImportResult } from '../../import/import-result';
import type { Draft } from '../../report/schema';
import { MappingReport } from './MappingReport';
import './import.css';

interface Props {
  /** Create a draft of the imported report itself. */
  readonly onCreate: (draft: Draft) => void;
  /** Start next year's report from the imported one. */
  readonly onStartNextYear: (previous: Draft) => void;
}

async function importText(text: string): Promise<ImportResult> {
  const { importReportText } = await import('../../import/import-text');
  return importReportText(text);
}

async function importFile(file: File): Promise<ImportResult> {
  const { importReportFile } = await import('../../import/import-file');
  return importReportFile(new Uint8Array(await file.arrayBuffer()), file.name);
}

/** 导入已发布的报告: paste the text or choose a .txt/.html/.docx → mapping report → draft. */
export function ImportPage({ onCreate, onStartNextYear }: Props) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function run(work: () => Promise<ImportResult>) {
    setBusy(true);
    try {
      setResult(await work());
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="import-page" id="main">
      <h1>导入已发布的报告</h1>
      <p className="lead">
        把政府网站上已发布的年度报告全文复制粘贴到下面，或者选择报告文件（.txt、.html、.docx），系统会识别各部分文字和三张表格的全部数字。
      </p>
      <div className="import-sources">
        <div>
          <label htmlFor={`${id}-text`}>粘贴报告全文</label>
          <textarea id={`${id}-text`} rows={10} value={text} onChange={(e) => setText(e.target.value)} />
          <button
            type="button"
            className="button primary"
            disabled={busy || text.trim() === ''}
            onClick={() => void run(() => importText(text))}
          >
            识别粘贴的文字
          </button>
        </div>
        <div>
          <label htmlFor={`${id}-file`}>或者选择报告文件</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.html,.htm,.docx,text/plain,text/html"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void run(() => importFile(file));
            }}
          />
        </div>
      </div>
      {busy && <p role="status">正在识别…</p>}
      {result && !result.ok && (
        <div className="error-summary" role="alert">
          <h2>无法导入</h2>
          <p>{result.message}</p>
        </div>
      )}
      {result?.ok && (
        <>
          <MappingReport result={result} />
          <div className="actions">
            <button type="button" className="button primary" onClick={() => onCreate(result.draft)}>
              创建该年度的草稿
            </button>
            <button type="button" className="button" onClick={() => onStartNextYear(result.draft)}>
              以它为上年报告，开始 {result.draft.meta.year + 1} 年的报告
            </button>
          </div>
        </>
      )}
    </main>
  );
}
