import { PARTS } from './layout/parts';
import type { PartId } from './layout/parts';

/** The wizard steps: 基本信息, the six parts, 检查与提交. */
export type StepId = 'basics' | PartId | 'check';

const PREFIX_TO_PART: readonly (readonly [string, StepId])[] = [
  ['meta.', 'basics'],
  ['baseline.', 'applications'],
  ['overview.', 'overview'],
  ['proactive.', 'proactive'],
  ['applications.', 'applications'],
  ['appeals.', 'appeals'],
  ['problems.', 'problems'],
  ['otherMatters.', 'other'],
];

/** Which step holds the field or cell at `path` ('check' for file-level findings). */
export function stepOfPath(path: string): StepId {
  const hit = PREFIX_TO_PART.find(([prefix]) => path.startsWith(prefix));
  return hit ? hit[1] : 'check';
}

/** Every part's id, in order (for routes and the task list). */
export const PART_IDS: readonly PartId[] = PARTS.map((p) => p.id);
