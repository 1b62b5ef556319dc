/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况): 15 value columns in three groups,
 * each group = four outcome columns + a derived 总计.
 */
export const APPEAL_OUTCOMES = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
] as const;

export type AppealOutcomeKey = (typeof APPEAL_OUTCOMES)[number]['key'];

export const APPEAL_GROUPS = [
  { key: 'reconsideration', label: '行政复议', parent: null },
  { key: 'litigationDirect', label: '未经复议直接起诉', parent: '行政诉讼' },
  { key: 'litigationAfterReconsideration', label: '复议后起诉', parent: '行政诉讼' },
] as const;

export type AppealGroupKey = (typeof APPEAL_GROUPS)[number]['key'];

/** The heading over the two groups of suits (行政诉讼). */
export const LITIGATION_LABEL = APPEAL_GROUPS.find((g) => g.parent !== null)?.parent ?? '';

/** A group's label by key (行政复议, 未经复议直接起诉, 复议后起诉). */
export function appealGroupLabel(key: AppealGroupKey): string {
  return APPEAL_GROUPS.find((g) => g.key === key)?.label ?? key;
}

/** An outcome column's label by key (结果维持, 结果纠正, 其他结果, 尚未审结). */
export function appealOutcomeLabel(key: (typeof APPEAL_OUTCOMES)[number]['key']): string {
  return APPEAL_OUTCOMES.find((o) => o.key === key)?.label ?? key;
}

export const APPEAL_TOTAL_LABEL = '总计';
