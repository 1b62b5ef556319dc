import { Suspense, lazy } from 'react';
import type { StepId } from '../../report/part-of-path';
import { useComments } from '../comments/use-comments';
import { commentIsOnStep } from './comment-step';

// The list, its threads and the marked cells: loaded only once a step has comments to show.
const StepComments = lazy(() => import('./StepComments'));

/** Where the supervisor's comments on this step go (nothing while there are none). */
export function StepCommentsSlot({ draftId, step }: { draftId: string; step: StepId }) {
  const all = useComments();
  if (!all.some((c) => commentIsOnStep(c, step))) return null;
  return (
    <Suspense fallback={null}>
      <StepComments draftId={draftId} step={step} />
    </Suspense>
  );
}
