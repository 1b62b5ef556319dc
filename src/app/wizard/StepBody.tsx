import type { StepId } from '../../report/part-of-path';
import { BasicsStep } from './steps/BasicsStep';
import { CheckStep } from './steps/CheckStep';
import { OtherStep } from './steps/OtherStep';
import { ProseStep } from './steps/ProseStep';
import { TableStep } from './steps/TableStep';

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
      return <TableStep part={step} />;
    case 'other':
      return <OtherStep />;
    case 'check':
      return <CheckStep draftId={draftId} />;
  }
}
