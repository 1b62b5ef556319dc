import { APPEAL_GROUPS, APPEAL_OUTCOMES, APPEAL_TOTAL_LABEL } from '../report/layout/appeals-columns';
import type { AppealGroupKey, AppealOutcomeKey } from '../report/layout/appeals-columns';
import { buildLabelIndex } from './label-index';

/** A header label of table 四. */
export type AppealsLabel =
  | { readonly kind: 'group'; readonly key: AppealGroupKey }
  | { readonly kind: 'parent' }
  | { readonly kind: 'outcome'; readonly key: AppealOutcomeKey }
  | { readonly kind: 'total' };

const parents = [...new Set(APPEAL_GROUPS.flatMap((g) => (g.parent ? [g.parent] : [])))];

export const APPEALS_LABELS = buildLabelIndex<AppealsLabel>([
  ...APPEAL_GROUPS.map((g): [string, AppealsLabel] => [g.label, { kind: 'group', key: g.key }]),
  ...parents.map((p): [string, AppealsLabel] => [p, { kind: 'parent' }]),
  ...APPEAL_OUTCOMES.map((o): [string, AppealsLabel] => [o.label, { kind: 'outcome', key: o.key }]),
  [APPEAL_TOTAL_LABEL, { kind: 'total' }],
]);
