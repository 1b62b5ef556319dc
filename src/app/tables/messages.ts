import { BALANCE_WORDS } from '../../report/rules/balance';
/**
 * The table forms' own UI wording (hints, paste and balance messages). Labels of the
 * official tables — headers, row labels, cell names — are never spelled here; they
 * come from `src/report/layout` through the grid model and `numericField`.
 */
export const tableHints = {
  derivedLegend: '灰色单元格由系统自动计算，不能填写；空白按 0 计算。',
  entryLegend:
    '方向键、回车键在单元格之间移动；按 F2 或双击进入编辑，方向键移动光标；Esc 恢复本格原来的数字；可从 Excel/WPS 复制多格数字后粘贴。',
  derived: '自动计算',
} as const;

export const pasteMessages = {
  notInGrid: '粘贴未完成：请先选中一个可填写的单元格。表格未作任何改动。',
  readOnly: '表格为只读状态，不能粘贴。',
  overflow: (rows: number, cols: number, from: string, excluded?: string) =>
    `粘贴未完成：复制的内容有 ${rows} 行 ${cols} 列，从“${from}”开始会超出可填写的单元格范围${
      excluded ? `（粘贴区域不含${excluded}）` : ''
    }。表格未作任何改动。`,
  invalid: (row: number, col: number, text: string, at: string, why: string) =>
    `粘贴未完成：复制内容第 ${row} 行第 ${col} 列“${text}”（对应“${at}”）${why}。表格未作任何改动。`,
  done: (count: number) => `已粘贴 ${count} 个单元格。`,
  totalsAgreed: (rows: number, label: string) =>
    rows === 1
      ? `复制内容带有“${label}”列：它与各格之和相等，已核对（${label}由系统计算，不另填写）。`
      : `复制内容的 ${rows} 行都带有“${label}”列：均与各格之和相等，已核对（${label}由系统计算，不另填写）。`,
  totalMismatch: (row: string, label: string, pasted: number, sum: number) =>
    `“${row}”：复制的${label}为 ${pasted}，但粘贴的各格之和为 ${sum}，相差 ${Math.abs(pasted - sum)}。各格已粘贴，${label}按各格之和计算，请核对原表。`,
} as const;

/** The balance row's words: the rule's own words from the core (rules/balance.ts), and the marks. */
export const balanceMessages = {
  rowLabel: BALANCE_WORDS.name,
  rowHint: BALANCE_WORDS.sides,
  balanced: '✓ 平衡',
  unbalanced: (difference: number) => `✗ 相差 ${Math.abs(difference)}`,
  side: BALANCE_WORDS.shortSide,
  see: '查看',
  seeColumn: (column: string) => `查看“${column}”列的勾稽关系`,
} as const;
