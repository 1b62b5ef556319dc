import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import type { ReviewComment } from '../../report/schema';

/** The step a comment concerns: its part, or the step of its field. */
export function stepOfComment(c: ReviewComment): StepId {
  return c.path ? stepOfPath(c.path) : (c.part as StepId);
}

/** Whether the comment shows on the step (on 检查与提交: every comment). */
export const commentIsOnStep = (c: ReviewComment, step: StepId): boolean =>
  step === 'check' || stepOfComment(c) === step;
