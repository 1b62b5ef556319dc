import { AllFindings } from './AllFindings';
import { AnswersSummary } from './AnswersSummary';
import { SubmitPanel } from './SubmitPanel';

/** 检查与提交: every problem of the report, submission, and a summary of each part. */
export function CheckStep({ draftId }: { draftId: string }) {
  return (
    <>
      <AllFindings draftId={draftId} />
      <SubmitPanel />
      <AnswersSummary draftId={draftId} />
    </>
  );
}
