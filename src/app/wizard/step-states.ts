import type { Finding } from '../../report/findings';
import { PARTS } from '../../report/layout/parts';
import { WIZARD_STEPS } from '../../report/layout/steps';
import { NUMERIC_FIELDS } from '../../report/numeric-fields';
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

/** The fields a step needs filled before it counts as done (optional ones left out). */
const BASICS_REQUIRED = [
  'meta.agencyName',
  'meta.year',
  'meta.website',
  'meta.contact.office',
  'meta.contact.phone',
];

function requiredPaths(step: StepId): readonly string[] {
  if (step === 'basics') return BASICS_REQUIRED;
  const part = PARTS.find((p) => p.id === step);
  if (!part) return [];
  const prose = part.prose.filter((f) => !('optional' in f && f.optional)).map((f) => f.path);
  const numbers = NUMERIC_FIELDS.filter((f) => stepOfPath(f.path) === step).map((f) => f.path);
  return [...prose, ...numbers];
}

function filled(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() !== '' : v !== null && v !== undefined;
}

function fillState(values: unknown, step: StepId): TaskState {
  const paths = requiredPaths(step);
  const n = paths.filter((p) => filled(getPath(values, p))).length;
  if (n === 0) return 'notStarted';
  return n === paths.length ? 'done' : 'inProgress';
}

/** Each step's state for the task list: 有错误 wins, then how much of it is filled. */
export function stepStates(values: unknown, findings: readonly Finding[]): StepStates {
  const withErrors = new Set(findings.filter((f) => f.severity === 'error').map((f) => stepOfPath(f.path)));
  const status = getPath(values, 'review.status');
  const entries = WIZARD_STEPS.map(({ id }): [StepId, TaskState] => {
    if (id === 'check') {
      if (withErrors.size > 0) return [id, 'error'];
      return [id, status === 'submitted' || status === 'approved' ? 'done' : 'notStarted'];
    }
    return [id, withErrors.has(id) ? 'error' : fillState(values, id)];
  });
  return Object.fromEntries(entries) as Record<StepId, TaskState>;
}

export function sameStates(a: StepStates, b: StepStates): boolean {
  return WIZARD_STEPS.every(({ id }) => a[id] === b[id]);
}
