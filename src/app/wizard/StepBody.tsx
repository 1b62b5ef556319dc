import { Suspense, lazy } from 'react';
import type { StepId } from '../../report/part-of-path';
import { BasicsStep } from './steps/BasicsStep';
import { OtherStep } from './steps/OtherStep';
import { ProseStep } from './steps/ProseStep';

// The table steps carry the grid code (react-table, the totals store): loaded when first opened,
// so the first step comes up sooner.
const TableStep = lazy(() => import('./steps/TableStep').then((m) => ({ default: m.TableStep })));
// 检查与提交 (every finding, submission, the summary of each part): the last step, loaded when opened.
const CheckStep = lazy(() => import('./steps/CheckStep').then((m) => ({ default: m.CheckStep })));

/** The fields of one step. */
export function StepBody({ draftId, step }: { draftId: string; step: StepId }) {
  switch (step) {
    case 'basics':
      return <BasicsStep />;
    case 'overview':
    case 'problems':
      return <ProseStep part={step} />;
    case 'proactive':
    case 'applications':
    case 'appeals':
      return (
        <Suspense fallback={<p>正在载入表格…</p>}>
          <TableStep part={step} />
        </Suspense>
      );
    case 'other':
      return <OtherStep />;
    case 'check':
      return (
        <Suspense fallback={<p>正在载入检查结果…</p>}>
          <CheckStep draftId={draftId} />
        </Suspense>
      );
  }
}
