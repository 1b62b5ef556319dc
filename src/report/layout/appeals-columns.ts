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

export const APPEAL_TOTAL_LABEL = '总计';
