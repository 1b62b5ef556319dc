import { MATRIX_ROWS } from './matrix-rows';

export interface MetaFieldDef {
  readonly path: string;
  readonly label: string;
  readonly hint: string;
  /**
   * The report cannot be submitted or exported as final without it (completeness rule C1):
   * the title needs 机关名称 and 报告年度, the preamble at least a telephone to ask.
   */
  readonly required?: true;
  /** The preamble usually gives it, but published reports often do not: a warning while blank (C1). */
  readonly recommended?: true;
  /**
   * How the draft stores it: optional text unless said here — `title` is text every draft has (it
   * makes the report's title, '' while blank), `year` a whole year within REPORT_YEARS.
   */
  readonly stored?: 'title' | 'year';
}

/** Labels of the 基本信息 fields (meta.*). */
export const META_FIELDS = [
  {
    path: 'meta.agencyName',
    label: '机关名称',
    hint: '与网站和公章一致的全称，例如“某某县人民政府办公室”。',
    required: true,
    stored: 'title',
  },
  {
    path: 'meta.year',
    label: '报告年度',
    hint: '统计期限为该年 1 月 1 日至 12 月 31 日。',
    required: true,
    stored: 'year',
  },
  { path: 'meta.website', label: '发布网站', hint: '报告发布的网站名称或网址。', recommended: true },
  {
    path: 'meta.contact.office',
    label: '联系机构',
    hint: '负责解答疑问的科室或机构。',
    recommended: true,
  },
  { path: 'meta.contact.address', label: '地址', hint: '', recommended: true },
  { path: 'meta.contact.postcode', label: '邮政编码', hint: '6 位数字。', recommended: true },
  { path: 'meta.contact.phone', label: '联系电话', hint: '', required: true },
  { path: 'meta.contact.email', label: '电子邮箱', hint: '' },
  { path: 'meta.preamble', label: '报告前言', hint: '根据上面的信息自动生成，可以修改。' },
] as const satisfies readonly MetaFieldDef[];

/** The years a report may be for (the draft schema, the form and the importer use these). */
export const REPORT_YEARS = { min: 2000, max: 2100 } as const;

/** The label of a 基本信息 field (its path when unknown). */
export function metaLabel(path: string): string {
  return META_FIELDS.find((f) => f.path === path)?.label ?? path;
}

const carriedForwardRow = MATRIX_ROWS.find((r) => r.key === 'carriedForward')?.label ?? '';

/** Last year's figures kept for the cross-year checks (X1/X2), named after their rows. */
export const BASELINE_LABELS = {
  regulationsInForce: '上年规章现行有效件数',
  normativeDocumentsInForce: '上年行政规范性文件现行有效件数',
  carriedForward: `上年${carriedForwardRow.replace(/^[一二三四]、/, '')}`,
} as const;

/**
 * Words that introduce a contact detail in a published report's preamble
 * (e.g. `邮编 755200`, `电话：0955-3957885`), used by the importer.
 */
export const CONTACT_CUES = {
  address: ['通讯地址', '地址'],
  postcode: ['邮政编码', '邮编'],
  phone: ['联系电话', '咨询电话', '电话', '联系方式'],
  email: ['电子邮箱', '电子信箱', '邮箱'],
} as const;
