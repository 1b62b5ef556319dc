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

export function htmlCell(cell: ReportCell): HtmlCell {
  const isHeader = cell.kind !== 'value' && cell.kind !== 'corner';
  return {
    tag: isHeader ? 'th' : 'td',
    ...(isHeader && cell.scope ? { scope: cell.scope } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    className: cell.derived ? `${CLASS[cell.kind]} cell-derived` : CLASS[cell.kind],
    ...(cell.kind === 'value' && cell.path ? { dataPath: cell.path } : {}),
    text: cell.text,
  };
}

/** The `id` of a part's section element and a table element (anchors for review). */
export const partElementId = (partId: string) => `report-part-${partId}`;
export const tableElementId = (tableId: string) => `report-table-${tableId}`;
