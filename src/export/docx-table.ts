import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { STYLE_IDS, TEXT_WIDTH } from './docx-style';
import { gridSlots } from './grid-slots';
import type { GridSlot } from './grid-slots';
import type { ReportCell, ReportTable } from './report-document';
import { bodyGroups } from './table-groups';
import { columnPercents } from './table-widths';

/**
 * A report table as a Word table with the official merges. Horizontal merges are
 * `gridSpan`; vertical merges are written cell by cell — the first row of a merged
 * cell `vMerge restart`, every row below it an empty `vMerge continue` placeholder with
 * the same span — rather than through docx's `rowSpan`, which misplaces merges that
 * start in the leading columns (docx issue #695): exactly table 三's label area.
 */
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

function columnTwips(table: ReportTable): number[] {
  const percents = columnPercents(table);
  const widths = percents.map((p) => Math.round((p / 100) * TEXT_WIDTH));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellOf(slot: GridSlot, rowIndex: number, widths: readonly number[]): TableCell {
  const { cell } = slot;
  const starts = slot.row === rowIndex;
  const width = widths.slice(slot.col, slot.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const verticalMerge =
    cell.rowSpan > 1 ? (starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
  return new TableCell({
    children: [new Paragraph({ style: STYLE_IDS.tableText, text: starts ? cell.text : '' })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(verticalMerge ? { verticalMerge } : {}),
  });
}

interface RowOptions {
  readonly header: boolean;
  /** Word keeps the row on the page of the next one (header rows, table 二's blocks). */
  readonly keepNext: (rowIndex: number) => boolean;
}

function rowsOf(
  cells: readonly (readonly ReportCell[])[],
  table: ReportTable,
  widths: readonly number[],
  options: RowOptions,
): TableRow[] {
  return gridSlots(cells, table.columnCount).map(
    (line, r) =>
      new TableRow({
        children: line.filter((slot, c) => slot.col === c).map((slot) => cellOf(slot, r, widths)),
        cantSplit: true,
        ...(options.header ? { tableHeader: true } : {}),
        ...(options.keepNext(r) ? { keepNext: true } : {}),
      }),
  );
}

/** Body rows kept with the next: all but the last of each block when the table has blocks. */
function blockKeepNext(table: ReportTable): (rowIndex: number) => boolean {
  const groups = bodyGroups(table);
  if (groups.length < 2) return () => false;
  const lastRows = new Set<number>();
  let end = -1;
  for (const g of groups) {
    end += g.length;
    lastRows.add(end);
  }
  return (r) => !lastRows.has(r);
}

export function docxTable(table: ReportTable): Table {
  const widths = columnTwips(table);
  return new Table({
    rows: [
      ...rowsOf(table.head, table, widths, { header: true, keepNext: () => true }),
      ...rowsOf(table.body, table, widths, { header: false, keepNext: blockKeepNext(table) }),
    ],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });
}
