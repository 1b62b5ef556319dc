import type { Finding } from '../findings';
import type { Baseline, Draft } from '../schema';
import { computeDerived } from '../totals';
import type { DerivedValues } from '../totals';
import { balanceFindings } from './balance';
import { completenessFindings } from './completeness';
import { contactFindings } from './contact';
import { baselineFromDraft, carriedOverFindings, inForceFindings } from './cross-year';
import { narrativeFindings } from './narrative';
import { oldTextFindings } from './old-text';
import { sameAsLastYearFindings } from './same-as-last-year';
import { valueFindings } from './values';

export interface CheckOptions {
  /** Last year's report; overrides the draft's own `baseline` for X1/X2. */
  readonly previous?: Draft;
  /** Already computed totals (saves recomputing them). */
  readonly derived?: DerivedValues;
}

/**
 * Every rule over one draft — R5 (values, contact details), R3, X1, X2, P1 and the
 * completeness rules C1–C5 — in one list. The wizard (task list, check page, submit), review
 * mode, the batch page, `cli check` and export all call this (R1/R2/R4 need printed totals).
 */
export function checkDraft(draft: Draft, options: CheckOptions = {}): Finding[] {
  const derived = options.derived ?? computeDerived(draft);
  const baseline: Baseline | undefined = options.previous
    ? baselineFromDraft(options.previous)
    : draft.baseline;
  return [
    ...completenessFindings(draft),
    ...contactFindings(draft),
    ...valueFindings(draft),
    ...balanceFindings(draft, derived),
    ...(baseline ? [...carriedOverFindings(draft, baseline), ...inForceFindings(draft, baseline)] : []),
    ...(baseline?.prose ? sameAsLastYearFindings(draft, baseline.prose) : []),
    ...narrativeFindings(draft, derived),
    ...oldTextFindings(draft, baseline, derived),
  ];
}
