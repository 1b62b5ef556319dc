import type { ReportCell } from './report-document';

/**
 * How a table cell is written in HTML, shared by the HTML export and the in-app report
 * view so both produce the same table: `<th scope>` for headers, `<td>` for the corner
 * note and the numbers, spans only where the layout merges.
 */
export interface HtmlCell {
  readonly tag: 'th' | 'td';
  readonly scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly className: string;
  /** Value cells: the draft path (targets for review comments). */
  readonly dataPath?: string;
  readonly text: string;
}

const CLASS: Record<ReportCell['kind'], string> = {
  corner: 'cell-corner',
  colHeader: 'cell-col',
  rowHeader: 'cell-row',
  blockHeading: 'cell-block',
  value: 'cell-value',
};

/**
 * `pinColumn`: the label column a cell is pinned in on a phone (`tablePins`); it adds
 * `cell-pin pin-<column>`, which the stylesheet makes sticky at that column's offset.
 */
export function htmlCell(cell: ReportCell, pinColumn?: number): HtmlCell {
  const isHeader = cell.kind !== 'value' && cell.kind !== 'corner';
  const classes = [
    CLASS[cell.kind],
    cell.derived ? 'cell-derived' : '',
    pinColumn === undefined ? '' : `cell-pin pin-${pinColumn}`,
  ];
  return {
    tag: isHeader ? 'th' : 'td',
    ...(isHeader && cell.scope ? { scope: cell.scope } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    className: classes.filter(Boolean).join(' '),
    ...(cell.kind === 'value' && cell.path ? { dataPath: cell.path } : {}),
    text: cell.text,
  };
}

/** The `id` of a part's section element and a table element (anchors for review). */
export const partElementId = (partId: string) => `report-part-${partId}`;
export const tableElementId = (tableId: string) => `report-table-${tableId}`;

/**
 * The class of a row that starts a cell merged down (table 三's 三、本年度办理结果 …): print
 * lets such a row break (the merged cell spans many rows), which `tr:has([rowspan])`
 * would say but Chromium before 105 cannot read.
 */
export const rowClassName = (row: readonly ReportCell[]): string | undefined =>
  row.some((cell) => cell.rowSpan > 1) ? 'row-merge' : undefined;

/** The box a table scrolls sideways in on a narrow screen (a labelled, focusable region). */
export const TABLE_SCROLL_CLASS = 'report-table-scroll';

/** Its classes: the box, and the box of this table (the stylesheet's hint that it scrolls). */
export const tableScrollClassName = (tableId: string) =>
  `${TABLE_SCROLL_CLASS} ${TABLE_SCROLL_CLASS}-${tableId}`;

/** Shown above a table on a screen too narrow for it (never printed). */
export const TABLE_SCROLL_HINT = '左右滑动查看全表';
