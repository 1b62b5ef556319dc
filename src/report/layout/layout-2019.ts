/**
 * The 2019 layout (国办公开办函〔2019〕60号, used for the 2019 and 2020 reports): only what
 * differs from the 2021 layout, so that an importer can recognise it (report-format.md §6).
 *
 * - Table 二 has other columns and rows; it cannot be mapped onto the 2021 fields.
 * - In table 三, `（六）其他处理` is a single row without sub-items; its numbers belong to
 *   the 2021 row `3.其他` (`results.otherHandling.other`), as the version-0 migration does.
 * - Everything else in 三, and all of 四, is unchanged.
 */
export const LAYOUT_2019_PROACTIVE_LABELS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '其他对外管理服务事项',
  '第二十条第（九）项',
  '政府集中采购',
  '采购项目数量',
  '采购总金额',
] as const;

export const LAYOUT_2019_SINGLE_OTHER_HANDLING = {
  /** The group of the 2021 layout that is a single row in 2019. */
  group: 'results.otherHandling',
  label: '（六）其他处理',
  /** The 2021 row that receives its numbers. */
  mapsTo: 'results.otherHandling.other',
} as const;
