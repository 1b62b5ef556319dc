import type { Finding } from '../../report/findings';
import { isCompleteness } from '../../report/findings';
import { WIZARD_STEPS } from '../../report/layout/steps';
import { isFilled, requiredPathsOf } from '../../report/rules/completeness';
import type { StepId } from '../../report/part-of-path';
import { stepOfPath } from '../../report/part-of-path';
import { getPath } from '../../report/paths';

export type TaskState = 'notStarted' | 'inProgress' | 'done' | 'error';

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  notStarted: '未开始',
  inProgress: '填写中',
  done: '已完成',
  error: '有错误',
};

export type StepStates = Readonly<Record<StepId, TaskState>>;

function fillState(values: unknown, step: StepId, incomplete: ReadonlySet<StepId>): TaskState {
  const paths = requiredPathsOf(step);
  if (!paths.some((p) => isFilled(getPath(values, p)))) return 'notStarted';
  return incomplete.has(step) ? 'inProgress' : 'done';
}

/**
 * Each step's state for the task list, from the same findings as the check page: 有错误 when a
 * rule other than completeness is broken on it; else 已完成 when no completeness error is left
 * on it, 未开始 when none of its required values is entered, 填写中 between.
 */
export function stepStates(values: unknown, findings: readonly Finding[]): StepStates {
  const errors = findings.filter((f) => f.severity === 'error');
  const withErrors = new Set(errors.filter((f) => !isCompleteness(f)).map((f) => stepOfPath(f.path)));
  const incomplete = new Set(errors.filter(isCompleteness).map((f) => stepOfPath(f.path)));
  const status = getPath(values, 'review.status');
  const entries = WIZARD_STEPS.map(({ id }): [StepId, TaskState] => {
    if (id === 'check') {
      if (withErrors.size > 0) return [id, 'error'];
      return [id, status === 'submitted' || status === 'approved' ? 'done' : 'notStarted'];
    }
    return [id, withErrors.has(id) ? 'error' : fillState(values, id, incomplete)];
  });
  return Object.fromEntries(entries) as Record<StepId, TaskState>;
}

export function sameStates(a: StepStates, b: StepStates): boolean {
  return WIZARD_STEPS.every(({ id }) => a[id] === b[id]);
}
