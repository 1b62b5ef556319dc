import { Suspense, lazy } from 'react';
import { AllFindings } from './AllFindings';
import { AnswersSummary } from './AnswersSummary';
import { SubmitPanel } from './SubmitPanel';

// 处理提醒, print, export and the preview are loaded when this step is opened, not with the wizard.
const CheckLazyPart = lazy(() => import('./CheckLazyPart').then((m) => ({ default: m.CheckLazyPart })));

/** 检查与提交: every problem of the report, submission, a summary of each part, print/export and the preview. */
export function CheckStep({ draftId }: { draftId: string }) {
  return (
    <>
      <AllFindings draftId={draftId} />
      <Suspense fallback={null}>
        <CheckLazyPart draftId={draftId} part="settle" />
      </Suspense>
      <SubmitPanel />
      <AnswersSummary draftId={draftId} />
      <Suspense fallback={<p role="status">正在载入打印与导出…</p>}>
        <CheckLazyPart draftId={draftId} part="export" />
      </Suspense>
    </>
  );
}
