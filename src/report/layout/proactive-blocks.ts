/**
 * Table 二 (主动公开政府信息情况): four blocks, each a heading row spanning the table,
 * a column-header row and data rows. The table is 4 columns wide (信息内容 + 3);
 * a block with one value column merges it across the three value columns.
 */
export type ProactiveValueKind = 'count' | 'amountWan';

export interface ProactiveColumnDef {
  readonly key?: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

export interface ProactiveRowDef {
  readonly key: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

export interface ProactiveBlockDef {
  readonly heading: string;
  readonly columns: readonly ProactiveColumnDef[];
  readonly rows: readonly ProactiveRowDef[];
  readonly kind: ProactiveValueKind;
}

export const PROACTIVE_FIRST_COLUMN_LABEL = '信息内容';
export const PROACTIVE_TABLE_WIDTH = 4;

export const PROACTIVE_BLOCKS = [
  {
    heading: '第二十条第（一）项',
    kind: 'count',
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '行政规范性文件', aliases: ['规范性文件'] },
    ],
  },
  {
    heading: '第二十条第（五）项',
    kind: 'count',
    columns: [{ label: '本年处理决定数量' }],
    rows: [{ key: 'licensing', label: '行政许可' }],
  },
  {
    heading: '第二十条第（六）项',
    kind: 'count',
    columns: [{ label: '本年处理决定数量' }],
    rows: [
      { key: 'penalty', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  {
    heading: '第二十条第（八）项',
    kind: 'amountWan',
    columns: [{ label: '本年收费金额（单位：万元）' }],
    rows: [{ key: 'feeAmount', label: '行政事业性收费' }],
  },
] as const satisfies readonly ProactiveBlockDef[];

/**
 * The draft path of a table 二 value: `proactive.<row>.<column>` in a block of several columns,
 * `proactive.<row>` in a block of one. The one place this rule is written.
 */
export function proactivePath(
  block: Pick<ProactiveBlockDef, 'columns'>,
  rowKey: string,
  column: ProactiveColumnDef | undefined,
): string {
  return block.columns.length > 1 && column?.key !== undefined
    ? `proactive.${rowKey}.${column.key}`
    : `proactive.${rowKey}`;
}

/** 行政事业性收费 is in 万元 with at most 4 decimals (one yuan). */
export const FEE_AMOUNT_DECIMALS = 4;
