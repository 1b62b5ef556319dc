import { DRAFT_BANNER } from './draft-mark';
import { gridSlots } from './grid-slots';
import type { GridSlot } from './grid-slots';
import type { ReportDocument, ReportPart, ReportTable } from './report-document';

/**
 * The report as plain text, for systems that take text only: headings and paragraphs one
 * per line, tables as tab-separated rows in reading order. A label merged over several
 * rows is repeated on each of them so every row reads on its own; a cell merged across
 * columns is written once. The last header row names every value column in order.
 */
function rowText(line: readonly GridSlot[], include: (slot: GridSlot) => boolean): string {
  const cells: string[] = [];
  line.forEach((slot, c) => {
    if (c > 0 && line[c - 1]?.cell === slot.cell) return;
    if (include(slot)) cells.push(slot.cell.text);
  });
  return cells.join('\t');
}

export function tableLines(table: ReportTable): string[] {
  const head = gridSlots(table.head, table.columnCount);
  const body = gridSlots(table.body, table.columnCount);
  const lastHead = head.length - 1;
  return [
    ...head.map((line, r) =>
      rowText(line, (s) => s.row === r || (r === lastHead && s.cell.kind === 'colHeader')),
    ),
    ...body.map((line) => rowText(line, () => true)),
  ];
}

function partLines(part: ReportPart): string[] {
  const lines = [part.heading];
  for (const section of part.sections) {
    if (section.heading) lines.push(section.heading);
    lines.push(...section.paragraphs);
  }
  if (part.table) lines.push(...tableLines(part.table));
  return lines;
}

/** The whole report; blocks separated by a blank line, ending with a newline. */
export function renderReportText(doc: ReportDocument): string {
  const blocks: string[][] = [
    ...(doc.draftMark ? [[DRAFT_BANNER]] : []),
    [doc.title],
    [...doc.preamble],
    ...doc.parts.map(partLines),
  ];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
