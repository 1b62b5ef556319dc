import { useContext } from 'react';
import { restoreDraft } from '../../report/restore';
import { downloadDraftFile } from '../../storage/draft-file';
import { downloadFile } from '../common/download-file';
import { DraftsContext } from '../drafts/repository-context';
import { START_HASH } from '../routing/route';

/** What replaces a page that failed: what happened, the draft as a file, a way back, the error text. */
export function PageFailure({ report, draftId }: { report: string; draftId?: string }) {
  const drafts = useContext(DraftsContext);
  const saveDraft = async () => {
    const record = draftId ? await drafts?.repository.get(draftId) : undefined;
    const restored = record ? restoreDraft(record.draft) : undefined;
    if (restored?.ok) downloadDraftFile(restored.draft);
  };
  return (
    <main id="main" className="start page-failure">
      <div role="alert">
        <h1>这个页面出错了</h1>
        <p>
          本工具在显示这个页面时遇到了程序错误。
          {draftId ? '已填写的内容已自动保存在本浏览器中，没有丢失。' : ''}
        </p>
      </div>
      <p className="page-failure-actions">
        {draftId ? (
          <button type="button" className="button primary" onClick={() => void saveDraft()}>
            保存草稿文件
          </button>
        ) : null}
        <a className="button" href={START_HASH}>
          返回首页
        </a>
        <button type="button" className="button" onClick={() => location.reload()}>
          重新载入页面
        </button>
      </p>
      <h2>错误信息</h2>
      <p>请把下面的错误信息发给本工具的维护人员，以便修正。</p>
      <textarea
        className="page-failure-report"
        aria-label="错误信息"
        readOnly
        rows={8}
        value={report}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <button
          type="button"
          className="button"
          onClick={() => downloadFile('错误报告.txt', report, 'text/plain;charset=utf-8')}
        >
          下载错误报告
        </button>
      </p>
    </main>
  );
}
