/**
 * The applicant columns of table 三 (申请人情况), in the official order.
 * `group` marks the five columns under the merged header 法人或其他组织.
 */
export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业', group: 'legalPerson' },
  { key: 'research', label: '科研机构', group: 'legalPerson' },
  { key: 'nonprofit', label: '社会公益组织', group: 'legalPerson' },
  { key: 'legal', label: '法律服务机构', group: 'legalPerson' },
  { key: 'other', label: '其他', group: 'legalPerson' },
] as const;

export type ApplicantKey = (typeof APPLICANT_COLUMNS)[number]['key'];

export const APPLICANT_KEYS: readonly ApplicantKey[] = APPLICANT_COLUMNS.map((c) => c.key);

/** The derived 总计 column: the sum of the six applicant columns. */
export const TOTAL_KEY = 'total';
export const TOTAL_LABEL = '总计';

/** Column keys including the derived total, as used by R3 (per column, 总计 included). */
export type MatrixColumnKey = ApplicantKey | typeof TOTAL_KEY;
export const MATRIX_COLUMN_KEYS: readonly MatrixColumnKey[] = [...APPLICANT_KEYS, TOTAL_KEY];

export const APPLICANT_GROUP_LABELS = {
  all: '申请人情况',
  legalPerson: '法人或其他组织',
} as const;

export const MATRIX_CORNER_LABEL = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export function matrixColumnLabel(key: MatrixColumnKey): string {
  if (key === TOTAL_KEY) return TOTAL_LABEL;
  return APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key;
}
