import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Finding } from '../../report/findings';
import type { Draft } from '../../report/schema';
import { EXPORT_ACTIONS } from './export-actions';
import type { ExportAction } from './export-actions';
import { exportAndDownload, printDraft } from './run-export';
import { useServerMode } from '../common/server-mode';
import './export-panel.css';

export interface ExportPanelProps {
  /** The report as it is now; null when it cannot be read as a report. */
  readonly getDraft: () => Draft | null;
  /** The errors that block a final report (listed when an export is refused). */
  readonly getErrors: () => readonly Finding[];
  /** Export a draft copy (marked 草稿) even with errors. */
  readonly draftCopy: boolean;
  readonly onDraftCopyChange: (draftCopy: boolean) => void;
  /** How a refused export's finding is shown: a link to its field in the wizard, text elsewhere. */
  readonly renderFinding?: (finding: Finding) => ReactNode;
}

type Outcome =
  | { readonly kind: 'refused'; readonly findings: readonly Finding[] }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

const plain = (f: Finding) => f.message;

/**
 * 打印与导出: print, Word, HTML, plain text. A report with any error is refused with the
 * errors listed here; a draft copy goes out anyway, marked 草稿 in every format.
 */
export function ExportPanel({
  getDraft,
  getErrors,
  draftCopy,
  onDraftCopyChange,
  renderFinding = plain,
}: ExportPanelProps) {
  const id = useId();
  const [busy, setBusy] = useState<ExportAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const refusal = useRef<HTMLDivElement>(null);
  const server = useServerMode();
  useEffect(() => {
    if (outcome?.kind === 'refused') refusal.current?.focus();
  }, [outcome]);

  async function run(action: ExportAction) {
    const errors = getErrors();
    if (!draftCopy && errors.length > 0) return setOutcome({ kind: 'refused', findings: errors });
    const draft = getDraft();
    if (!draft) return setOutcome({ kind: 'failed', message: '报告中有无法识别的内容，请先改正错误。' });
    setBusy(action);
    setOutcome(null);
    try {
      if (action === 'print') {
        await printDraft(draft, draftCopy);
        server?.recordExport(action, draftCopy);
        setOutcome({ kind: 'done', message: '已发送到打印。' });
      } else {
        const result = await exportAndDownload(draft, action, draftCopy);
        if (result.ok) server?.recordExport(action, draftCopy);
        setOutcome(
          result.ok
            ? { kind: 'done', message: `已导出“${result.fileName}”。` }
            : { kind: 'refused', findings: result.findings },
        );
      }
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setOutcome({ kind: 'failed', message: `导出失败（${detail}）。请重试，或先保存草稿文件。` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="panel export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>打印与导出</h2>
      <p className="export-note">
        导出的报告按正式格式排版，合计均自动计算，空白格按 0 填写。报告有错误时不能导出正式报告。
      </p>
      <div className="export-draft-copy">
        <input
          id={`${id}-draft-copy`}
          type="checkbox"
          checked={draftCopy}
          onChange={(e) => {
            onDraftCopyChange(e.target.checked);
            setOutcome(null);
          }}
        />
        <label htmlFor={`${id}-draft-copy`}>导出草稿副本（带“草稿”标记）</label>
        <p className="export-hint" id={`${id}-draft-copy-hint`}>
          供审核人阅看；即使报告仍有错误也可导出，每种格式都带“草稿”标记，不得发布。
        </p>
      </div>
      <div className="button-row export-actions">
        {EXPORT_ACTIONS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run(action)}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="export-status" role="status">
        {busy !== null ? '正在导出…' : outcome && outcome.kind !== 'refused' ? outcome.message : ''}
      </p>
      {outcome?.kind === 'refused' ? (
        <div
          className="error-summary export-refused"
          role="alert"
          tabIndex={-1}
          ref={refusal}
          aria-labelledby={`${id}-refused`}
        >
          <h3 id={`${id}-refused`} className="error-summary-title">
            报告有 {outcome.findings.length} 个错误，不能导出正式报告
          </h3>
          <ul>
            {outcome.findings.map((f, i) => (
              <li key={`${f.path}-${f.rule}-${i}`} className="is-error">
                {renderFinding(f)}
              </li>
            ))}
          </ul>
          <p>改正以上错误后再导出；如需交审核人阅看，请勾选“导出草稿副本（带“草稿”标记）”。</p>
        </div>
      ) : null}
    </section>
  );
}
