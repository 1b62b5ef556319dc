import type { TableId } from '../report/table-model';
import type { ReportTable } from './report-document';

/**
 * Relative column widths (percent of the text width) of the printed tables, chosen so
 * that the matrix labels wrap as in the official layout and the numbers stay on one line.
 * Table 三: three label columns (三、… / （三）… / 1.…), then 自然人 … 总计.
 */
const WIDTHS: Partial<Record<TableId, readonly number[]>> = {
  proactive: [28, 24, 24, 24],
  applications: [10, 12, 33.5, 6.5, 6.5, 6.5, 6.5, 6.5, 6, 6],
};

/**
 * Percent widths for each grid column; equal widths for a table of numbers only (table 四)
 * and if the layout ever changes a table's column count.
 */
export function columnPercents(table: Pick<ReportTable, 'id' | 'columnCount'>): readonly number[] {
  const widths = WIDTHS[table.id];
  if (widths?.length === table.columnCount) return widths;
  return Array<number>(table.columnCount).fill(100 / table.columnCount);
}
