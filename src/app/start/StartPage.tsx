import { useEffect, useState } from 'react';
import { IMPORT_HASH, NEXT_YEAR_HASH, reportHash } from '../routing/route';
import { useDraftList } from '../drafts/use-draft-list';
import { DraftTable } from './DraftTable';
import { FileProblems } from '../common/FileProblems';
import { NewReportDialog } from './NewReportDialog';
import { OpenDraftFile } from './OpenDraftFile';
import { StartQuestionDialog } from './StartQuestionDialog';
import { useStartActions } from './use-start-actions';
import './start.css';

/** The start page: the drafts in this browser, and the ways to begin one. */
export function StartPage() {
  const { records, refresh } = useDraftList();
  const actions = useStartActions(records ?? [], refresh);
  const [creating, setCreating] = useState(false);
  const latest = records?.[0];
  useEffect(() => {
    document.title = '政府信息公开工作年度报告编写工具';
  }, []);
  return (
    <main className="start" id="main">
      <h1>政府信息公开工作年度报告</h1>
      <p className="lead">
        {
          '按照《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）逐项填写，自动计算各项合计，实时检查勾稽关系，确认无误后提交审核。'
        }
      </p>
      {latest ? (
        <p className="continue">
          <a className="button primary" href={reportHash(latest.id, 'basics')}>
            继续填写：{latest.agencyName} {latest.year} 年
          </a>
        </p>
      ) : null}
      <div className="button-row start-actions">
        <button
          type="button"
          className={`button${latest ? '' : ' primary'}`}
          onClick={() => setCreating(true)}
        >
          新建报告
        </button>
        <a className="button" href={NEXT_YEAR_HASH}>
          从上年报告开始
        </a>
        <a className="button" href={IMPORT_HASH}>
          导入已发布的报告
        </a>
        <OpenDraftFile onFile={(f) => void actions.openFile(f)} />
        <button type="button" className="button" onClick={() => void actions.loadSample()}>
          载入示例
        </button>
      </div>
      {actions.fileProblem ? (
        <FileProblems fileName={actions.fileProblem.fileName} findings={actions.fileProblem.findings} />
      ) : null}
      <section className="drafts" aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">本浏览器中的草稿</h2>
        {records === undefined ? (
          <p>正在读取…</p>
        ) : records.length === 0 ? (
          <p className="empty">还没有草稿。点击“新建报告”开始，或打开以前保存的草稿文件。</p>
        ) : (
          <DraftTable records={records} onDelete={actions.askDelete} />
        )}
        <p className="note">
          草稿只保存在本台电脑的这个浏览器中。换电脑或清理浏览器数据之前，请在报告中点击“保存草稿文件”。
        </p>
      </section>
      {creating ? (
        <NewReportDialog
          onCancel={() => setCreating(false)}
          onCreate={(agency, year) => {
            setCreating(false);
            void actions.createNew(agency, year);
          }}
        />
      ) : null}
      {actions.question ? (
        <StartQuestionDialog
          question={actions.question}
          onConfirm={() => void actions.confirm()}
          onCancel={actions.dismiss}
        />
      ) : null}
    </main>
  );
}
