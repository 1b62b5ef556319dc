import type { StepId } from '../part-of-path';
import { PARTS } from './parts';

/** The wizard steps around the six parts: 基本信息 before them, 检查与提交 after. */
export const BASICS_STEP = { id: 'basics', title: '基本信息' } as const;
export const CHECK_STEP = { id: 'check', title: '检查与提交' } as const;

export interface WizardStepDef {
  readonly id: StepId;
  /** The official heading for a part, the step name otherwise. */
  readonly title: string;
}

/** Every step of the wizard, in order. */
export const WIZARD_STEPS: readonly WizardStepDef[] = [
  BASICS_STEP,
  ...PARTS.map((p) => ({ id: p.id, title: p.heading })),
  CHECK_STEP,
];

export function stepTitle(id: StepId): string {
  return WIZARD_STEPS.find((s) => s.id === id)?.title ?? id;
}

/** The heading of part 六's fee figures. */
export const PROCESSING_FEES_HEADING = '信息处理费';

/** The button of a table step that turns its blank cells into 0 (the clerk's “nothing happened”). */
export const FILL_BLANKS_LABEL = '空白格全部填 0';
