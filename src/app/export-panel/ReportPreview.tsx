import { Suspense, lazy, useId } from 'react';
import type { Draft } from '../../report/schema';

// The report view (document model, stylesheet) is loaded only when a preview is shown.
const ReportView = lazy(() => import('../report-view/ReportView').then((m) => ({ default: m.ReportView })));

/** 报告预览: the finished report as it will be printed and exported. */
export function ReportPreview({ draft, draftMark }: { draft: Draft | null; draftMark: boolean }) {
  const id = useId();
  return (
    <section className="report-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>报告预览</h2>
      <p className="export-note">报告打印和导出后的样子（合计自动计算，空白格按 0 显示）。</p>
      {draft ? (
        <Suspense fallback={<p role="status">正在生成预览…</p>}>
          <ReportView draft={draft} draftMark={draftMark} />
        </Suspense>
      ) : (
        <p>报告中有无法识别的内容，改正错误后才能预览。</p>
      )}
    </section>
  );
}
