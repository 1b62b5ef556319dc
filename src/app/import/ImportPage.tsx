import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ImportResult } from '../../import/import-result';
import type { Draft } from '../../report/schema';
import { FileButton } from '../common/FileButton';
import { MappingReport } from './MappingReport';
import './import.css';

interface Props {
  /** Create a draft of the imported report itself. */
  readonly onCreate: (draft: Draft) => void;
  /** Start next year's report from the imported one. */
  readonly onStartNextYear: (previous: Draft) => void;
  /** More ways in, shown below (从上年报告开始). */
  readonly children?: ReactNode;
  /** Came for 从上年报告开始: the main action for a read report is next year's draft. */
  readonly nextYear?: boolean;
}

/** Where the report came from: pasted text, or a file by name. */
type Source = { readonly kind: 'text' } | { readonly kind: 'file'; readonly name: string };

/** A published report through the one reader (`readAnyFile`); a draft file is sent where it belongs. */
async function importBytes(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const [{ readAnyFile }] = await Promise.all([
    import('../../import/read-any-file'),
    import('../common/app-pdf-assets'),
  ]);
  const read = await readAnyFile(bytes, name);
  if (read.source.kind === 'published') return read.source.import;
  if (read.source.kind === 'draft') {
    return {
      ok: false,
      message:
        '这是本工具的草稿文件，不是已发布的报告；请在首页用“打开草稿文件”打开它，或在下方“从上年报告开始”选择它。',
    };
  }
  return { ok: false, message: read.findings.map((f) => f.message).join(' ') };
}

const importText = (text: string) => importBytes(new TextEncoder().encode(text), '粘贴的文字.txt');
const importFile = async (file: File) => importBytes(new Uint8Array(await file.arrayBuffer()), file.name);

/** 导入已发布的报告: paste the text or choose a .txt/.html/.docx → mapping report → draft. */
export function ImportPage({ onCreate, onStartNextYear, children, nextYear = false }: Props) {
  const [text, setText] = useState('');
  const [pasteMissing, setPasteMissing] = useState(false);
  const [outcome, setOutcome] = useState<{ result: ImportResult; source: Source } | null>(null);
  const [busy, setBusy] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    if (outcome) resultHeading.current?.focus();
  }, [outcome]);

  async function run(source: Source, work: () => Promise<ImportResult>) {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ result: await work(), source });
    } finally {
      setBusy(false);
    }
  }

  const readPasted = () => {
    if (text.trim() === '') {
      setOutcome(null);
      return setPasteMissing(true);
    }
    setPasteMissing(false);
    void run({ kind: 'text' }, () => importText(text));
  };

  const result = outcome?.result;
  const sourceName = outcome?.source.kind === 'file' ? `“${outcome.source.name}”` : '粘贴的文字';
  return (
    <main className="import-page" id="main">
      <h1>导入已发布的报告</h1>
      <p className="lead">
        把政府网站上已发布的年度报告全文复制粘贴到下面，或者选择报告文件（.txt、.html、.docx 或
        PDF），系统会识别各部分文字和三张表格的全部数字。
      </p>
      <div className="import-sources">
        <div className={`field${pasteMissing ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor={`${id}-text`}>
            粘贴报告全文
          </label>
          <p className="field-hint" id={`${id}-text-hint`}>
            从标题到最后一部分，连同三张表格一起复制。
          </p>
          {pasteMissing ? (
            <p className="field-error" id={`${id}-text-error`}>
              <span className="visually-hidden">错误：</span>请先把报告全文粘贴到文本框中。
            </p>
          ) : null}
          <textarea
            id={`${id}-text`}
            className="textarea"
            rows={10}
            value={text}
            aria-invalid={pasteMissing || undefined}
            aria-describedby={`${id}-text-hint${pasteMissing ? ` ${id}-text-error` : ''}`}
            onChange={(e) => {
              setText(e.target.value);
              setOutcome(null);
            }}
          />
          <button type="button" className="button primary" disabled={busy} onClick={readPasted}>
            识别粘贴的文字
          </button>
        </div>
        <div className="field">
          <p className="field-label">或者选择报告文件</p>
          <p className="field-hint" id={`${id}-file-hint`}>
            .txt、.html、.docx 或 PDF（有文字的 PDF；扫描件无法读取）；.doc 请先另存为 .docx。
          </p>
          <FileButton
            id={`${id}-file`}
            label="选择报告文件"
            describedBy={`${id}-file-hint`}
            accept=".txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf"
            disabled={busy}
            onFile={(file) => void run({ kind: 'file', name: file.name }, () => importFile(file))}
          />
        </div>
      </div>
      <p role="status" className="import-status">
        {busy ? '正在识别…' : ''}
      </p>
      {result && !result.ok && (
        <div className="error-summary" role="alert">
          <h2 ref={resultHeading} tabIndex={-1}>
            无法导入{sourceName}
          </h2>
          <p>{result.message}</p>
          <p>没有创建任何草稿。</p>
        </div>
      )}
      {result?.ok && (
        <>
          <MappingReport result={result} sourceName={sourceName} headingRef={resultHeading} />
          <div className="button-row import-actions">
            {nextYear ? (
              <>
                <button
                  type="button"
                  className="button primary"
                  onClick={() => onStartNextYear(result.draft)}
                >
                  以它为上年报告，开始 {result.draft.meta.year + 1} 年的报告
                </button>
                <button type="button" className="button" onClick={() => onCreate(result.draft)}>
                  只创建 {result.draft.meta.year} 年报告的草稿
                </button>
              </>
            ) : (
              <>
                <button type="button" className="button primary" onClick={() => onCreate(result.draft)}>
                  创建 {result.draft.meta.year} 年报告的草稿
                </button>
                <button type="button" className="button" onClick={() => onStartNextYear(result.draft)}>
                  以它为上年报告，开始 {result.draft.meta.year + 1} 年的报告
                </button>
              </>
            )}
          </div>
        </>
      )}
      {children}
    </main>
  );
}
